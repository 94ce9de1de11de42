#!/usr/bin/env bash
# Start-up benchmark (issue 9): whole `ted` processes through the installed launcher, side by side in one hyperfine
# run with a Java hello-world started the same way, so the ratios hold on any machine.
#   hello      java -Xshare:auto Hello             the floor: a JVM that prints one line
#   version    ted --version
#   help       ted --help
#   diagnose   ted diagnose facts-samples/healthy-hybrid.yaml --symptom all   (rules pre-built, class data warm)
# Usage: bench/start-up.sh [runs]   (build first: mvn -B -q package -DskipTests; needs hyperfine)
# JAVA_HOME picks the Java: a JDK 24 or newer makes the launcher use an AOT cache instead of a class-data archive.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
ted=target/ted/bin/ted
sample=facts-samples/healthy-hybrid.yaml
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt install hyperfine, brew install hyperfine)" >&2; exit 2; }
[ -x "$ted" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

hello=$(mktemp -d)
cat > "$hello/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$hello" "$hello/Hello.java"

echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
# The first diagnose of a build writes the class-data archive (or AOT cache); warm-up runs keep it out of the figures.
json=$(mktemp)
hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" \
  -n hello "$java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms24m -Xmn16m -Xshare:auto -cp $hello Hello" \
  -n version "$ted --version" \
  -n help "$ted --help" \
  -n diagnose "$ted diagnose $sample --symptom all" >/dev/null || true
python3 - "$json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
floor = r["hello"]["median"]
for name in ("hello", "version", "help", "diagnose"):
    m = r[name]["median"]
    print(f"{name:9} median {m*1000:7.0f} ms   {m/floor:5.1f}x hello")
PY
