#!/usr/bin/env bash
# Cold-start benchmark: wall time of whole `ted` processes (JVM included), median of N runs, and the stage split
# that `diagnose --timings` reports. Usage: bench/cold-start.sh [runs]   (build first: mvn -B -q package -DskipTests)
# The first diagnose of a build also writes the class-data archive to the user cache; the medians hide that one run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=target/ted.jar
sample=facts-samples/healthy-hybrid.yaml

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
wall() {  # prints seconds for one run of the given command
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
  echo "scale=3; ($end-$start)/1000000000" | bc
}
time_of() { for _ in $(seq "$runs"); do wall "$@"; done | median; }

# A 50-rule folder (10 checks, each a definition and four verdicts), as a support team's folder might be.
folder=$(mktemp -d)/bench-rules
mkdir -p "$folder"
for i in $(seq 1 10); do
  cat > "$folder/bench$i.drl" <<DRL
package ted.rules
import ted.facts.Case
import ted.facts.CasMailbox
import ted.engine.Finding
rule "BENCH_CHECK_$i" @defines("BENCH_CHECK_$i") @title("Bench check $i") @symptoms("presence") @section("presence")
    @step("9") @severity("low") @source("bench") @what("w") @why("w") @fix("f")
when eval(false) then end
rule "BENCH_CHECK_$i pass" @code("BENCH_CHECK_$i") @status("pass")
when Case(\$u : user) CasMailbox(key == \$u.key, EwsEnabled == true) then insert(Finding.from(kcontext)); end
rule "BENCH_CHECK_$i fail" @code("BENCH_CHECK_$i") @status("fail")
when Case(\$u : user) CasMailbox(key == \$u.key, EwsEnabled == false) then insert(Finding.from(kcontext)); end
rule "BENCH_CHECK_$i null" @code("BENCH_CHECK_$i") @status("unknown")
when Case(\$u : user) CasMailbox(key == \$u.key, EwsEnabled == null) then insert(Finding.from(kcontext)); end
rule "BENCH_CHECK_$i missing" @code("BENCH_CHECK_$i") @status("unknown")
when Case(\$u : user) not CasMailbox(key == \$u.key) then insert(Finding.from(kcontext)); end
DRL
done

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
v=$(time_of java -jar "$jar" --version)
d=$(time_of java -jar "$jar" diagnose "$sample" --symptom all)
n=$(TED_NO_RELAUNCH=1 time_of java -jar "$jar" diagnose "$sample" --symptom all)
first=$(wall java -jar "$jar" diagnose "$sample" --symptom all --rules "$folder")
f=$(time_of java -jar "$jar" diagnose "$sample" --symptom all --rules "$folder")
echo "ted --version                                  median ${v} s"
echo "ted diagnose (default: tuned child JVM)         median ${d} s  ($(echo "scale=1; $d/$v" | bc)x --version)"
echo "ted diagnose (TED_NO_RELAUNCH=1, one JVM)       median ${n} s  ($(echo "scale=1; $n/$v" | bc)x --version)"
echo "ted diagnose --rules (50 rules), first time     ${first} s  (compiles and caches the folder)"
echo "ted diagnose --rules (50 rules), seen before    median ${f} s  ($(echo "scale=1; $f/$v" | bc)x --version)"
echo "stage split of one tuned run:"
java -jar "$jar" diagnose "$sample" --symptom all --timings 2>&1 >/dev/null | grep timing | sed 's/^ted: timing: /  /'
