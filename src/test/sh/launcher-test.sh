#!/usr/bin/env bash
# Tests the POSIX launcher, target/ted/bin/ted, as an admin would use it: arguments with spaces and quotes arrive
# whole, the exit code comes through, a missing or too-old Java is one line and exit 2, and a symlink to it works.
# Run after `mvn package`; ends with "N passed, N failed" and exits non-zero on any failure.
set -u
cd "$(dirname "$0")/../../.."
ted=$PWD/target/ted/bin/ted
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Tests never touch the user's own cache.
export TED_CACHE_DIR="$work/cache"
passed=0
failed=0

check() { # name, expected exit code, actual exit code, [text that must appear in the output]
  if [ "$2" = "$3" ] && { [ -z "${4-}" ] || grep -qF -- "$4" "$work/out"; }; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $1: expected exit $2 and '${4-}', got exit $3:" >&2
    head -c 600 "$work/out" >&2
    echo >&2
  fi
}

"$ted" --version > "$work/out" 2>&1
check "--version" 0 $? "ted "

mkdir -p "$work/a folder with spaces"
cp facts-samples/healthy-hybrid.yaml "$work/a folder with spaces/it's \"quoted\".yaml"
"$ted" diagnose "$work/a folder with spaces/it's \"quoted\".yaml" --user "Jane Doe" --format json > "$work/out" 2>&1
check "a path with spaces and quotes, a user with a space" 0 $? '"user" : "jane.doe@contoso.com"'

"$ted" diagnose facts-samples/delegation-reviewer-without-send-on-behalf.yaml > "$work/out" 2>&1
check "a failed check exits 1" 1 $? "[FAIL]"

# Issue 17, item 5: the exit codes a script keys on, through the launcher.
"$ted" diagnose facts-samples/only-the-case-nothing-collected.yaml -q > "$work/out" 2>&1
check "a run that decided nothing exits 3" 3 $? "Nothing decided: no check passed, warned or failed"

"$ted" diagnose facts-samples/healthy-hybrid.yaml "$work/nope.yaml" -q > "$work/out" 2>&1
check "a mistyped second path exits 2, after the report" 2 $? "nope.yaml: named but not read"

"$ted" diagnose facts-samples/delegation-reviewer-without-send-on-behalf.yaml --user "Jane Doe" --delegate jane.doe@contoso.com > "$work/out" 2>&1
check "the same person as user and delegate exits 2" 2 $? "are the same person"

"$ted" diagnoze > "$work/out" 2>&1
check "a usage error exits 2" 2 $? "Did you mean: diagnose?"

env -i PATH=/nonexistent /bin/sh "$ted" --version > "$work/out" 2>&1
check "no Java at all" 2 $? "Java 17 or newer is needed and none was found"

mkdir -p "$work/java8/bin"
printf '#!/bin/sh\necho "java version \\"1.8.0_402\\"" >&2\n' > "$work/java8/bin/java"
chmod +x "$work/java8/bin/java"
JAVA_HOME="$work/java8" "$ted" --version > "$work/out" 2>&1
check "Java 8 is too old" 2 $? "is version 1.8.0_402"

# A Java that prints what it was started with: a scan gets the larger young generation, a diagnosis keeps the small one.
mkdir -p "$work/echo-java/bin"
printf 'JAVA_VERSION="17.0.15"\n' > "$work/echo-java/release"
printf '#!/bin/sh\necho "$@"\n' > "$work/echo-java/bin/java"
chmod +x "$work/echo-java/bin/java"
JAVA_HOME="$work/echo-java" TED_NO_CLASS_CACHE=1 "$ted" scan some-folder > "$work/out" 2>&1
check "a scan starts Java with a 256 MB young generation" 0 $? "-Xms288m -Xmn256m -Xlog:cds=off"
JAVA_HOME="$work/echo-java" TED_NO_CLASS_CACHE=1 "$ted" diagnose scan > "$work/out" 2>&1
check "a diagnosis keeps the 16 MB one, whatever its arguments" 0 $? "-Xms24m -Xmn16m -Xlog:cds=off"

# Java prints some warnings on standard output: none may come before a scan's JSON.
"$ted" scan facts-samples/exports/csv-org --format json > "$work/out" 2>/dev/null
[ "$(head -c 1 "$work/out")" = "{" ]
check "a scan's JSON is all that standard output holds" 0 $?

ls "$work/cache" > "$work/out" 2>&1
grep -Eq '^ted-[0-9]+\.(jsa|aot)$' "$work/out"
check "the first diagnosis leaves the class cache for the next command" 0 $?

"$ted" diagnose facts-samples/delegation-reviewer-without-send-on-behalf.yaml > "$work/out" 2>&1
check "a diagnosis with the class cache in place" 1 $? "[FAIL]"

TED_NO_CLASS_CACHE=1 "$ted" --version > "$work/out" 2>&1
check "TED_NO_CLASS_CACHE goes without" 0 $? "ted "

ln -s "$ted" "$work/ted"
(cd "$work" && ./ted --version) > "$work/out" 2>&1
check "through a symlink" 0 $? "ted "

# .ted.yaml in the folder ted runs in holds waivers without --waivers: the waived failure no longer fails the run.
sample=$PWD/facts-samples/delegation-reviewer-without-send-on-behalf.yaml
mkdir -p "$work/waived"
printf 'waivers:\n  - {code: DELEGATE_CALENDAR_EDITOR, reason: "CHG-1", expires: 2999-12-31}\n  - {code: DELEGATE_SEND_ON_BEHALF, user: jane.doe@contoso.com, reason: "CHG-2", expires: 2999-12-31}\n' > "$work/waived/.ted.yaml"
(cd "$work/waived" && "$ted" diagnose "$sample" -q) > "$work/out" 2>&1
check ".ted.yaml in the current folder waives" 0 $? "(2 waived)"
check "... and the run says it was read" 0 0 "ted: note: waivers read from .ted.yaml in the current folder (2 waivers)"

echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
