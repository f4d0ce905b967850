#!/usr/bin/env bash
# Endpoint correlation state over a multi-day Windows estate: hunt over `simulate windows` logs of
# 7 and 30 days (Winlogbeat NDJSON + Zeek conn/dns), and what the correlation held: processes (at the
# end and at the peak), task-ledger entries, lookups, initiator channels, connections waiting for a
# flow; plus wall time, peak RSS and the largest heap after a GC. The process table and the job ledger
# are bounded in time, so their peak should not grow with the days; channels and staged events do.
#
#   bench/endpoint.sh          DAYS_LIST="7 30" HOSTS=5 RUNS=3; SKIP_BUILD=1 uses the jar as it is
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DAYS_LIST="${DAYS_LIST:-7 30}"
HOSTS="${HOSTS:-5}"
RUNS="${RUNS:-3}"
HEAP="${HEAP:-2g}"
JAR="$root/cli/target/cronhound.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq time >/dev/null
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package -pl cli -am
fi
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
printf '%-5s %-6s %9s %8s %8s %9s %7s %7s %8s %8s %7s %8s %8s\n' days hosts events staged MB wall_s rss_MB gc_MB procs peak tasks lookups channels
for days in $DAYS_LIST; do
  data="$root/bench-data/windows-$days"
  if [ ! -f "$data/truth.json" ]; then
    java -jar "$JAR" simulate windows --out "$data" --days "$days" --hosts "$HOSTS" --seed 1 >/dev/null
  fi
  mb=$(du -cm "$data/ndjson" "$data/zeek" | awk 'END { print $1 }')
  walls=(); rss=(); gcs=()
  for ((i = 0; i < RUNS; i++)); do
    /usr/bin/time -v -o "$work/time.txt" java "-Xmx$HEAP" -XX:+UseParallelGC "-Xlog:gc:file=$work/gc.log" \
      -jar "$JAR" hunt "$data/ndjson" "$data/zeek" --top 5 > "$work/out.txt" 2> "$work/err.txt"
    walls+=("$(sed -n 's/.*Elapsed (wall clock) time.*): *//p' "$work/time.txt" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')")
    rss+=("$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")")
    gcs+=("$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)")
  done
  line=$(grep '^endpoint:' "$work/err.txt")
  events=$(sed -nE 's/^read [0-9]+ file\(s\), .* ([0-9]+) records in.*/\1/p' "$work/err.txt")
  staged=$(sed -nE 's/^endpoint: ([0-9]+) events correlated.*/\1/p' <<<"$line")
  procs=$(sed -nE 's/.*processes held ([0-9]+) \(peak ([0-9]+)\).*/\1/p' <<<"$line")
  peak=$(sed -nE 's/.*processes held ([0-9]+) \(peak ([0-9]+)\).*/\2/p' <<<"$line")
  tasks=$(sed -nE 's/.*task entries ([0-9]+).*/\1/p' <<<"$line")
  lookups=$(sed -nE 's/.*lookups ([0-9]+);.*/\1/p' <<<"$line")
  channels=$(sed -nE 's/.* ([0-9]+) initiator channels.*/\1/p' <<<"$line")
  printf '%-5s %-6s %9s %8s %8s %9s %7s %7s %8s %8s %7s %8s %8s\n' "$days" "$HOSTS" "$events" "$staged" "$mb" \
    "$(median "${walls[@]}")" "$(median "${rss[@]}")" "$(median "${gcs[@]}")" "$procs" "$peak" "$tasks" "$lookups" "$channels"
  echo "   runs: wall ${walls[*]} s; $line"
done
