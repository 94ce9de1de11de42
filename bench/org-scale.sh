#!/usr/bin/env bash
# Org-scale benchmark (issue 8): wall time and peak resident memory of whole `ted` processes on generated org-wide
# exports (Get-Mailbox, Get-CASMailbox, every calendar's permissions, org config, servers) in the three forms.
#   parse     reads every file into facts about everyone and stops (ted.bench.ParseOnly): the bare cost of parsing
#   import    `ted import` of the same files into one facts file
#   diagnose  `ted diagnose --user --delegate` of one case, with the heap capped at 384 MB (-Xmx384m)
# Usage: bench/org-scale.sh [sizes...]   (default: 1000 10000 100000; build first: mvn -B -q package -DskipTests)
# Exports are generated once into target/bench-data (100,000 mailboxes take about 2.3 GB in the three forms).
# Needs GNU time (/usr/bin/time) for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
read -r -a forms <<<"${TED_BENCH_FORMS:-clixml json format-list}"   # e.g. TED_BENCH_FORMS=json
ted=target/ted/bin/ted
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms24m -Xmn16m -Xshare:auto)   # what the launcher passes
cp=target/ted/lib/ted.jar:target/test-classes
[ -x "$ted" ] && [ -d target/test-classes/ted/bench ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

# Runs a command and prints "seconds peak-MB", or "failed failed" (with the command's stderr) when it exits above 1:
# diagnose exits 1 when a check fails, which the generated case is made to do.
measure() {
  local out rc=0
  out=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>"$out.err" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "failed ($rc): $*" >&2; tail -n 5 "$out.err" >&2
    echo "failed failed"
  else
    tail -n 1 "$out" | awk '{printf "%.1f %.0f", $1, $2/1024}'
  fi
  rm -f "$out" "$out.err"
}

# The first diagnosis of a build writes the class cache (see README "Start-up"), which costs time and memory once;
# it happens here, not inside a measurement.
"$ted" diagnose facts-samples/healthy-hybrid.yaml --symptom all >/dev/null 2>&1 || true

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
printf '| mailboxes | form | size | parse s | parse MB | import s | import MB | diagnose s | diagnose MB | diagnose/parse |\n'
printf '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  for form in "${forms[@]}"; do
    data=target/bench-data/$n-$form
    if [ ! -f "$data/Get-ExchangeServer.done" ]; then
      rm -rf "$data"
      java -cp target/test-classes ted.bench.OrgExportGenerator "$n" "$form" "$data"
      touch "$data/Get-ExchangeServer.done"
    fi
    size=$(du -sm --exclude='*.done' "$data" | cut -f1)
    read -r ps pm <<<"$(measure java "${jvm[@]}" -Xmx8g -cp "$cp" ted.bench.ParseOnly "$data")"
    facts=$(mktemp --suffix=.yaml)
    read -r is im <<<"$(TED_JAVA_OPTS=-Xmx8g measure "$ted" import "$data" -o "$facts")"
    rm -f "$facts"
    read -r ds dm <<<"$(TED_JAVA_OPTS=-Xmx384m measure "$ted" diagnose "$data" --symptom all --user user42@contoso.com \
      --delegate user43@contoso.com --format json)"
    printf '| %s | %s | %s MB | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$form" "$size" "$ps" "$pm" "$is" "$im" "$ds" "$dm" \
      "$(echo "scale=2; $ds/$ps" | bc 2>/dev/null || echo -)"
  done
done
