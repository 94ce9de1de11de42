#!/usr/bin/env bash
# Cold-start benchmark: wall time of whole `ted` processes (JVM included), median of N runs, and the stage split
# that `diagnose --timings` reports. Usage: bench/cold-start.sh [runs]   (build first: mvn -B -q package -DskipTests)
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

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
v=$(time_of java -jar "$jar" --version)
d=$(time_of java -jar "$jar" diagnose "$sample" --symptom all)
n=$(TED_NO_RELAUNCH=1 time_of java -jar "$jar" diagnose "$sample" --symptom all)
echo "ted --version                                  median ${v} s"
echo "ted diagnose (default: tuned child JVM)         median ${d} s  ($(echo "scale=1; $d/$v" | bc)x --version)"
echo "ted diagnose (TED_NO_RELAUNCH=1, one JVM)       median ${n} s  ($(echo "scale=1; $n/$v" | bc)x --version)"
echo "stage split of one tuned run:"
java -jar "$jar" diagnose "$sample" --symptom all --timings 2>&1 >/dev/null | grep timing | sed 's/^ted: timing: /  /'
