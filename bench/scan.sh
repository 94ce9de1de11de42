#!/usr/bin/env bash
# Org-wide scan benchmark (issue 11): `ted scan` of generated organisations with faults injected at known rates
# (ted.bench.Faults: mailbox EWS off, allow lists missing an entry or with a stray space, a coexistence mode that hides
# the app, an app setup policy without the Calendar app, automatic replies on, delegates with a lesser role or without
# send-on-behalf, a server below the build, an organisation-wide block list), checked against the injected counts (of
# objects: each mailbox, pair and the organisation once, however many subjects evaluated it), with the bare parse
# beside it and an estimate of what one `ted diagnose` per subject would take instead.
#   parse      reads every file into facts about everyone and stops (ted.bench.ParseOnly)
#   scan       ted scan --symptom all --format json (every mailbox, every delegate pair), heap capped at 2 GB
#   counts     "exact" when the scan's fail/warn/error counts of objects per check equal the injected ones
#   per-case   the median of 5 `ted diagnose` runs of one subject, times the number of subjects
# Usage: bench/scan.sh [sizes...]   (default: 1000 10000; build first: mvn -B -q package -DskipTests)
# TED_BENCH_FORMS picks the export forms (default: json clixml csv). Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
read -r -a forms <<<"${TED_BENCH_FORMS:-json clixml csv}"
ted=target/ted/bin/ted
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms24m -Xmn16m -Xshare:auto)   # what the launcher passes
cp=target/ted/lib/ted.jar:target/test-classes
[ -x "$ted" ] && [ -d target/test-classes/ted/bench ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
"$ted" diagnose facts-samples/healthy-hybrid.yaml --symptom all >/dev/null 2>&1 || true   # class cache, once

# Wall seconds of a command (its own exit code does not matter: diagnose exits 1 when a check fails).
secs() {
  local t
  t=$(mktemp)
  /usr/bin/time -f "%e" -o "$t" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$t"
  rm -f "$t"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
printf '| mailboxes | form | subjects | counts | parse s | scan s | scan MB | subjects/s | scan/parse | one diagnose per subject (est.) |\n'
printf '|---:|---|---:|---|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  for form in "${forms[@]}"; do
    data=target/bench-data/faults-$n-$form
    if [ ! -f "$data/.done" ]; then
      rm -rf "$data"
      java -cp target/test-classes ted.bench.OrgExportGenerator "$n" "$form" "$data" --faults
      touch "$data/.done"
    fi
    ps=$(secs java "${jvm[@]}" -Xmx8g -cp "$cp" ted.bench.ParseOnly "$data")
    out=$(mktemp)
    rc=0
    TED_JAVA_OPTS=-Xmx2g /usr/bin/time -f "%e %M" -o "$out.t" "$ted" scan "$data" --format json >"$out" 2>/dev/null || rc=$?
    [ "$rc" -le 1 ] || { echo "scan failed ($rc)" >&2; exit 2; }
    read -r ss sm <<<"$(tail -n 1 "$out.t" | awk '{printf "%.1f %.0f", $1, $2/1024}')"
    counts=$(python3 - "$out" "$data/.expected.json" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
found = {f"{code}/{s}": c[s] for code, c in summary.items() for s in ("fail", "warn", "error") if c[s]}
print("exact" if found == json.load(open(sys.argv[2])) else "MISMATCH")
PY
)
    total=$((n + n / 2))   # the generator gives every second mailbox one delegate
    one=()
    for _ in 1 2 3 4 5; do
      s=$(secs "$ted" diagnose "$data" --symptom all --user user42@contoso.com --delegate user43@contoso.com --format json)
      one+=("$s")
    done
    median=$(printf '%s\n' "${one[@]}" | sort -n | sed -n 3p)
    printf '| %s | %s | %s | %s | %s | %s | %s | %.0f | %.1f | %.0f s |\n' "$n" "$form" "$total" "$counts" "$ps" "$ss" "$sm" \
      "$(echo "$total / $ss" | bc -l)" "$(echo "$ss / $ps" | bc -l)" "$(echo "$median * $total" | bc -l)"
    rm -f "$out" "$out.t"
  done
done
