#!/usr/bin/env bash
# Shows that no result depends on the day cronhound runs: `hunt samples/` at the real date and with
# the JVM's clock moved by libfaketime to 2027-03-01 and 2031-07-15 must give byte-identical
# findings. With --suite, also runs the whole test suite under each moved clock (slow: one
# `mvn verify` per date). Installs Debian's faketime when missing (needs root or sudo).
#
#   scripts/faketime-check.sh            # hunt samples/ under three dates
#   scripts/faketime-check.sh --suite    # and mvn -B verify under the two moved dates
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
dates=("2027-03-01 00:00:00" "2031-07-15 00:00:00")
# "@DATE": the clock starts there and runs on (a frozen clock would stall timeouts); the JVM's
# monotonic clock is left alone, only the wall clock moves.
export FAKETIME_DONT_FAKE_MONOTONIC=1

if ! command -v faketime >/dev/null; then
  echo "installing faketime ..." >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq faketime >/dev/null
fi

mvn -q -B -DskipTests package -pl cli -am
jar="$here/cli/target/cronhound.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# faketime must reach the JVM's clock, or the comparison proves nothing.
cat > "$tmp/Now.java" <<'JAVA'
public class Now { public static void main(String[] a) { System.out.println(java.time.Instant.now()); } }
JAVA
seen="$(faketime -f "@${dates[0]}" java "$tmp/Now.java")"
case "$seen" in
  2027-03-01T*) ;;
  *) echo "faketime did not move the JVM's clock (Instant.now() = $seen)" >&2; exit 2 ;;
esac

java -jar "$jar" hunt samples/ -o "$tmp/real.jsonl" 2>"$tmp/real.err" >/dev/null
echo "real date ($(date -u +%F)): $(wc -l <"$tmp/real.jsonl") findings"
status=0
for d in "${dates[@]}"; do
  faketime -f "@$d" java -jar "$jar" hunt samples/ -o "$tmp/moved.jsonl" 2>"$tmp/moved.err" >/dev/null
  if cmp -s "$tmp/real.jsonl" "$tmp/moved.jsonl"; then
    echo "$d: identical findings ($(wc -l <"$tmp/moved.jsonl"))"
  else
    echo "$d: findings DIFFER from the real date's:" >&2
    diff <(cut -c1-200 "$tmp/real.jsonl") <(cut -c1-200 "$tmp/moved.jsonl") | head -20 >&2 || true
    status=1
  fi
  if grep -q '^warning:' "$tmp/moved.err"; then
    echo "$d: unexpected warning:" >&2; grep '^warning:' "$tmp/moved.err" >&2; status=1
  fi
done

if [ "${1:-}" = "--suite" ]; then
  for d in "${dates[@]}"; do
    iso="${d/ /T}Z"
    echo "mvn -B verify with the JVM clock at $d (and the tests' clock at $iso) ..."
    # Maven itself runs under the moved clock too; its own timestamps do not matter here.
    if faketime -f "@$d" mvn -B -q verify -Dcronhound.test.clock="$iso" >"$tmp/suite.log" 2>&1; then
      echo "$d: suite passed"
    else
      echo "$d: suite FAILED; last lines:" >&2; tail -40 "$tmp/suite.log" >&2; status=1
    fi
  done
fi
exit $status
