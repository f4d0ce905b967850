#!/usr/bin/env bash
# cronhound benchmarks.
#
#   bench/run.sh            end to end: hunt over a ~1 GB simulated conn.log (see bench/README.md)
#   bench/run.sh jmh [ARG]  the JMH suite (bench/target/benchmarks.jar); ARGs go to JMH
#   bench/run.sh all        both
#
# Environment: RUNS (pinned full-file runs, default 3), CPU (core to pin to, default 0),
# HEAP (-Xmx of the timed runs, default 2g), CAP_HEAP (-Xmx of the bounded-heap runs, default 256m),
# JAVA_OPTS (more JVM flags for every hunt, e.g. -XX:+UseParallelGC as ./cronhound uses; default none),
# DATA (directory of the generated log, default bench-data/1g), SKIP_BUILD=1 (use the jars as they are).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

RUNS="${RUNS:-3}"
CPU="${CPU:-0}"
HEAP="${HEAP:-2g}"
CAP_HEAP="${CAP_HEAP:-256m}"
DATA="${DATA:-$root/bench-data/1g}"
QUARTER="${DATA}-quarter"
JAR="$root/cli/target/cronhound.jar"
BENCH_JAR="$root/bench/target/benchmarks.jar"
SIMULATE=(simulate network --conn-only --hosts 400 --browse-rate 200 --days 7 --seed 1)

work="$(mktemp -d "${TMPDIR:-/tmp}/cronhound-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

say() { printf '%s\n' "$*"; }

# Median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
    if (NR == 0) { print "nan" } else if (NR % 2) { print a[(NR + 1) / 2] }
    else { printf "%.6g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 } }'
}

machine() {
  say "== machine"
  say "date:       $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  say "nproc:      $(nproc)"
  say "cpu:        $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  say "memory:     $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  say "load avg:   $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews timings)"
  say "java:"
  java -version 2>&1 | sed 's/^/  /'
  say "commit:     $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(
    [ -n "$(git -C "$root" status --porcelain 2>/dev/null | head -1)" ] && echo ' (working tree modified)')"
  say ""
}

# True when $1 is missing or older than any main source or pom of the modules it is built from.
stale() {
  local jar="$1"
  shift
  [ ! -f "$jar" ] && return 0
  local dirs=("$root/pom.xml")
  local m
  for m in "$@"; do
    dirs+=("$root/$m/src/main" "$root/$m/pom.xml")
  done
  [ -n "$(find "${dirs[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]
}

# mvn package of module $1 and what it depends on, tests not compiled. Retried once: on a shared
# checkout another build may be rewriting the same target/ jars at that moment.
mvn_package() {
  local cmd=(mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package -pl "$1" -am)
  "${cmd[@]}" || { say "build failed; retrying once in 20 s ..." >&2; sleep 20; "${cmd[@]}"; }
}

build_cli() {
  if [ "${SKIP_BUILD:-0}" != 1 ] && stale "$JAR" core formats cli; then
    say "building the CLI (mvn package -pl cli -am, tests not compiled) ..."
    mvn_package cli
  fi
  [ -f "$JAR" ] || { say "no $JAR" >&2; exit 1; }
}

build_bench() {
  if [ "${SKIP_BUILD:-0}" != 1 ] && stale "$BENCH_JAR" core formats cli bench; then
    say "building the benchmarks (mvn package -pl bench -am, tests not compiled) ..."
    mvn_package bench
  fi
  [ -f "$BENCH_JAR" ] || { say "no $BENCH_JAR" >&2; exit 1; }
}

need_time() {
  [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1 && return
  say "installing GNU time (apt-get install time) ..."
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq time >/dev/null
}

need_taskset() {
  command -v taskset >/dev/null || { say "taskset (util-linux) is needed" >&2; exit 1; }
}

# The ~1 GB conn.log, generated once (into a temporary directory, then moved into place).
generate() {
  if [ ! -s "$DATA/conn.log" ]; then
    say "generating $DATA/conn.log: cronhound ${SIMULATE[*]} ..."
    rm -rf "$DATA.partial"
    mkdir -p "$(dirname "$DATA")"
    java -jar "$JAR" "${SIMULATE[@]}" --out "$DATA.partial"
    rm -rf "$DATA"
    mv "$DATA.partial" "$DATA"
  fi
  if [ ! -s "$QUARTER/conn.log" ] || [ "$DATA/conn.log" -nt "$QUARTER/conn.log" ]; then
    local lines
    lines=$(wc -l < "$DATA/conn.log")
    say "cutting the first quarter ($((lines / 4)) of $lines lines) into $QUARTER/conn.log ..."
    mkdir -p "$QUARTER"
    head -n "$((lines / 4))" "$DATA/conn.log" > "$QUARTER/conn.log.partial"
    mv "$QUARTER/conn.log.partial" "$QUARTER/conn.log"
  fi
}

# One hunt under /usr/bin/time -v. Args: pin(yes|no) heap file. Sets the R_* variables and prints
# one row. Returns the hunt's exit status (0 when it completed).
R_HEADER=$(printf '%-8s %-7s %-6s %8s %8s %8s %12s %8s %9s %8s %s' \
  run pinned heap wall_s engine_s MB/s records/s rss_MB gc_max_MB channels gc)
hunt() {
  local pin="$1" heap="$2" file="$3"
  local cmd=(java "-Xmx$heap" ${JAVA_OPTS:-} "-Xlog:gc:file=$work/gc.log" -jar "$JAR" hunt "$file" --top 5)
  [ "$pin" = yes ] && cmd=(taskset -c "$CPU" "${cmd[@]}")
  local rc=0
  /usr/bin/time -v -o "$work/time.txt" "${cmd[@]}" > "$work/out.txt" 2> "$work/err.txt" || rc=$?
  local bytes
  bytes=$(stat -c %s "$file")
  R_WALL=$(sed -n 's/.*Elapsed (wall clock) time.*): *//p' "$work/time.txt" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  R_RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
  local read
  read=$(grep -m1 -E '^read [0-9]+ file' "$work/err.txt" || true)
  R_RECORDS=$(sed -nE 's/.* ([0-9]+) records in .*/\1/p' <<< "$read")
  R_ENGINE=$(sed -nE 's/.* records in ([0-9.]+) s.*/\1/p' <<< "$read")
  R_CHANNELS=$(sed -nE 's/^channels: ([0-9]+) from.*/\1/p' "$work/err.txt" | head -1)
  R_GCMAX=$(grep -oE -- '->[0-9]+[KMG]' "$work/gc.log" 2>/dev/null | awk '
    { v = substr($0, 3); u = substr(v, length(v)); v += 0
      if (u == "K") v /= 1024; else if (u == "G") v *= 1024
      if (v > m) m = v } END { printf "%.0f", m }')
  R_GC=$(sed -nE 's/.*\[gc\] Using (.*)/\1/p' "$work/gc.log" 2>/dev/null | head -1)
  R_MBS=$(awk -v b="$bytes" -v s="$R_WALL" 'BEGIN { printf "%.1f", b / 1e6 / s }')
  R_RPS=$(awk -v n="${R_RECORDS:-0}" -v s="$R_WALL" 'BEGIN { printf "%.0f", n / s }')
  local label="$4"
  if [ "$rc" -ne 0 ]; then
    printf '%-8s %-7s %-6s FAILED (exit %d) after %s s, peak RSS %s MB: %s\n' "$label" "$pin" \
      "$heap" "$rc" "$R_WALL" "$R_RSS" "$(grep -m1 -E 'Error|Exception|cronhound' "$work/err.txt" || true)"
    return "$rc"
  fi
  printf '%-8s %-7s %-6s %8.2f %8.2f %8.1f %12d %8d %9d %8d %s\n' "$label" "$pin" "$heap" "$R_WALL" \
    "${R_ENGINE:-0}" "$R_MBS" "$R_RPS" "$R_RSS" "${R_GCMAX:-0}" "${R_CHANNELS:-0}" "$R_GC"
}

end_to_end() {
  need_time
  need_taskset
  build_cli
  generate
  local full="$DATA/conn.log" quarter="$QUARTER/conn.log"
  local fbytes qbytes
  fbytes=$(stat -c %s "$full")
  qbytes=$(stat -c %s "$quarter")

  say "== end to end: java -Xmx$HEAP ${JAVA_OPTS:+$JAVA_OPTS }-jar cli/target/cronhound.jar hunt $full --top 5"
  say "file: $(awk -v b="$fbytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') ($fbytes bytes)"
  say "wall_s: whole process incl. JVM start; engine_s: hunt's own 'records in S s'; MB/s and"
  say "records/s over wall_s; rss_MB: peak RSS; gc_max_MB: largest heap occupancy after a GC."
  say "pinned runs: taskset -c $CPU (the JVM sees one CPU and picks its GC accordingly)."
  say ""
  say "$R_HEADER"
  cat "$full" "$quarter" > /dev/null  # page cache: every run reads from memory, not disk
  local walls=() mbs=() rps=() rss=() engine=() i
  local full_records="" full_channels=""
  for ((i = 1; i <= RUNS; i++)); do
    hunt yes "$HEAP" "$full" "full-$i"
    walls+=("$R_WALL") mbs+=("$R_MBS") rps+=("$R_RPS") rss+=("$R_RSS") engine+=("$R_ENGINE")
    full_records="$R_RECORDS" full_channels="$R_CHANNELS"
    if [ "$i" -eq 1 ]; then cp "$work/out.txt" "$work/findings.txt"; fi
  done
  printf '%-8s %-7s %-6s %8.2f %8.2f %8.1f %12.0f %8.0f\n' median yes "$HEAP" "$(median "${walls[@]}")" \
    "$(median "${engine[@]}")" "$(median "${mbs[@]}")" "$(median "${rps[@]}")" "$(median "${rss[@]}")"
  hunt no "$HEAP" "$full" "unpinned"
  say ""
  say "findings (first run):"
  sed 's/^/  /' "$work/findings.txt"
  say ""
  say "SUMMARY single core (median of $RUNS): $(median "${mbs[@]}") MB/s, $(median "${rps[@]}") records/s," \
    "wall $(median "${walls[@]}") s, peak RSS $(median "${rss[@]}") MB; $full_records records, $full_channels channels"
  say ""

  say "== memory: heap grows with channels, not records"
  say "quarter: first quarter of the lines of the same log ($(awk -v b="$qbytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'))."
  say ""
  say "$R_HEADER"
  hunt yes "$HEAP" "$quarter" "quarter" || true
  local q_rss="$R_RSS" q_records="$R_RECORDS" q_channels="$R_CHANNELS"
  local q_cap=completed f_cap=completed
  hunt yes "$CAP_HEAP" "$quarter" "quarter" || q_cap=FAILED
  local qc_rss="$R_RSS" qc_gc="$R_GCMAX"
  hunt yes "$CAP_HEAP" "$full" "full" || f_cap=FAILED
  local fc_rss="$R_RSS" fc_gc="$R_GCMAX"
  say ""
  say "SUMMARY memory: -Xmx$HEAP peak RSS quarter $q_rss MB ($q_records records, $q_channels channels)" \
    "vs full $(median "${rss[@]}") MB ($full_records records, $full_channels channels);" \
    "-Xmx$CAP_HEAP: quarter $q_cap, full $f_cap; peak RSS quarter $qc_rss MB vs full $fc_rss MB," \
    "largest heap after GC $qc_gc MB vs $fc_gc MB"
  say ""
}

# Medians (and min/max) over the measurement iterations of a JMH JSON result file, one line per
# metric; the auxiliary counters megabytes and records are per-second rates.
jmh_medians() {
  jq -r '.[] | (.benchmark | sub("^dev\\.cronhound\\.bench\\."; "")) as $b
    | ((.params // {}) | to_entries | map("\(.key)=\(.value)") | join(",")) as $p
    | ([$b, $p, .primaryMetric.scoreUnit, .primaryMetric],
       (.secondaryMetrics | to_entries[]
        | [$b + ":" + .key, $p, (if .key == "megabytes" then "MB/s" else .key + "/s" end), .value]))
    | [.[0], (if .[1] == "" then "-" else .[1] end), .[3].scorePercentiles["50.0"],
       .[3].scorePercentiles["0.0"], .[3].scorePercentiles["100.0"], .[2]] | @tsv' "$1" |
    awk -F'\t' 'BEGIN { printf "%-40s %-12s %14s %14s %14s  %s\n", "benchmark", "params", "median", "min", "max", "unit" }
      { printf "%-40s %-12s %14.3f %14.3f %14.3f  %s\n", $1, $2, $3, $4, $5, $6 }'
}

jmh() {
  build_bench
  local out="$root/bench-data"
  mkdir -p "$out"
  rm -f "$out/jmh-results.json"
  say "== JMH: java -jar bench/target/benchmarks.jar ${*:-} (annotation defaults: 1 fork, short iterations)"
  say "full log: $out/jmh.log"
  local rc=0
  java -jar "$BENCH_JAR" -rf json -rff "$out/jmh-results.json" "$@" 2>&1 | tee "$out/jmh.log" |
    { grep --line-buffered -E '^(# (Benchmark|Parameters):|\[bench\]|Iteration)' || true; } || rc=$?
  if [ "$rc" -ne 0 ] || [ ! -s "$out/jmh-results.json" ]; then
    say "JMH failed (exit $rc); last lines:" >&2
    tail -30 "$out/jmh.log" >&2
    return 1
  fi
  say ""
  say "JMH summary (mean +- 99.9% error over the measurement iterations):"
  sed -n '/^Benchmark /,$p' "$out/jmh.log"
  if command -v jq >/dev/null; then
    say ""
    say "JMH medians over the measurement iterations ($out/jmh-results.json):"
    jmh_medians "$out/jmh-results.json"
  fi
  say ""
}

mode="${1:-e2e}"
[ $# -gt 0 ] && shift
machine
case "$mode" in
  e2e) end_to_end ;;
  jmh) jmh "$@" ;;
  all) end_to_end && jmh "$@" ;;
  *) say "usage: bench/run.sh [e2e|jmh|all] [JMH args...]" >&2; exit 2 ;;
esac
