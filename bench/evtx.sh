#!/usr/bin/env bash
# EVTX reading, side by side on the same files: cronhound's reader (cronhound convert, JSON lines out)
# against libevtx's evtxexport (C, XML out) and python-evtx's evtx_dump.py (XML out).
#
#   bench/evtx.sh            RUNS=3 medians; COPIES=40 passes over the clean fixture EVTX files
#   COPIES=200 bench/evtx.sh a 5x larger corpus (908 MB, 1000 file arguments): the JVM's fixed
#                            start-up and JIT warm-up weigh less; python-evtx is skipped there
#
# Environment: RUNS (default 3), COPIES (how many times each file is read per run, default 40; the
# python reader reads each file once per run, it is ~1000x slower), PYTHON (1 runs python-evtx, 0
# skips it; default 1 up to COPIES=40, else 0: its run does not depend on COPIES, so the COPIES=40
# figure stands), CPU (core for single-thread runs, default 0), JAR (another build to measure,
# e.g. an older commit's, with SKIP_BUILD=1), SKIP_BUILD=1. Installs
# libevtx-utils, python3-evtx and GNU time with apt-get if missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
RUNS="${RUNS:-3}"
COPIES="${COPIES:-40}"
CPU="${CPU:-0}"
if [ "$COPIES" -le 40 ]; then PYTHON="${PYTHON:-1}"; else PYTHON="${PYTHON:-0}"; fi
JAR="${JAR:-$root/cli/target/cronhound.jar}"
DIR="$root/formats/src/test/resources/windows/evtx/evtx-rs-samples"
say() { printf '%s\n' "$*"; }

need() {
  local missing=()
  command -v evtxexport >/dev/null || missing+=(libevtx-utils)
  command -v evtx_dump.py >/dev/null || python3 -c 'import Evtx' 2>/dev/null || missing+=(python3-evtx)
  [ -x /usr/bin/time ] || missing+=(time)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt-get) ..."
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.6g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# The clean files (the damaged fixtures measure error paths, not speed).
files=()
for f in security.evtx sysmon.evtx 2-vss_7-System.evtx Security_short_selected.evtx new-user-security.evtx; do
  [ -f "$DIR/$f" ] && files+=("$DIR/$f")
done
[ ${#files[@]} -gt 0 ] || { say "no EVTX fixtures under $DIR" >&2; exit 1; }

need
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package -pl cli -am
fi
evtx_dump=$(command -v evtx_dump.py || echo "python3 -m Evtx.Views")

bytes_once=$(cat "${files[@]}" | wc -c)
list=()
for ((c = 0; c < COPIES; c++)); do list+=("${files[@]}"); done
bytes=$((bytes_once * COPIES))
records_once=$(java -jar "$JAR" convert --threads 1 "${files[@]}" -o /dev/null 2>&1 | sed -nE 's/^read [0-9]+ file\(s\), .* ([0-9]+) records in.*/\1/p')
records=$((records_once * COPIES))

say "== machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
say "files: ${#files[@]} clean fixture EVTX files, $bytes_once bytes, $records_once records; read $COPIES times per run ($(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'))"
say "evtxexport: $(evtxexport -V 2>&1 | head -1)"
say ""

timed() { # prints wall seconds of "$@", output discarded
  local s e
  s=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'
}
evtxexport_all() { for f in "$@"; do evtxexport -f xml "$f"; done; }
pydump_all() { for f in "$@"; do $evtx_dump "$f"; done; }
export -f evtxexport_all pydump_all
export evtx_dump

declare -A walls
row() { # name bytes records walls...
  local name="$1" b="$2" n="$3"; shift 3
  local m
  m=$(median "$@")
  printf '%-34s %8s s %10.1f MB/s %12.0f rec/s   runs: %s\n' "$name" "$m" \
    "$(awk -v b="$b" -v s="$m" 'BEGIN { print b / 1e6 / s }')" "$(awk -v n="$n" -v s="$m" 'BEGIN { print n / s }')" "$*"
  walls[$name]="$m"
}

w1=() wu=() w2=() we=() wp=()
for ((r = 1; r <= RUNS; r++)); do
  w1+=("$(timed taskset -c "$CPU" java -jar "$JAR" convert --threads 1 "${list[@]}" -o /dev/null)")
  wu+=("$(timed java -jar "$JAR" convert --threads 1 "${list[@]}" -o /dev/null)")
  w2+=("$(timed java -jar "$JAR" convert --threads "$(nproc)" "${list[@]}" -o /dev/null)")
  we+=("$(timed taskset -c "$CPU" bash -c 'evtxexport_all "$@"' _ "${list[@]}")")
  if [ "$PYTHON" = 1 ]; then
    wp+=("$(timed taskset -c "$CPU" bash -c 'pydump_all "$@"' _ "${files[@]}")")
  fi
done
row "cronhound, 1 thread (pinned)" "$bytes" "$records" "${w1[@]}"
row "cronhound, 1 thread (unpinned)" "$bytes" "$records" "${wu[@]}"
row "cronhound, $(nproc) threads" "$bytes" "$records" "${w2[@]}"
row "evtxexport -f xml (pinned)" "$bytes" "$records" "${we[@]}"
if [ "$PYTHON" = 1 ]; then
  row "python-evtx evtx_dump (pinned, 1 copy)" "$bytes_once" "$records_once" "${wp[@]}"
else
  say "python-evtx evtx_dump: skipped (PYTHON=0; it reads each file once whatever COPIES is, see a COPIES=40 run)"
fi
say ""
rate() { awk -v b="$1" -v s="$2" 'BEGIN { print b / s }'; }
c1=$(rate "$bytes" "${walls["cronhound, 1 thread (pinned)"]}")
cu=$(rate "$bytes" "${walls["cronhound, 1 thread (unpinned)"]}")
c2=$(rate "$bytes" "${walls["cronhound, $(nproc) threads"]}")
ev=$(rate "$bytes" "${walls["evtxexport -f xml (pinned)"]}")
py=$([ "$PYTHON" = 1 ] && rate "$bytes_once" "${walls["python-evtx evtx_dump (pinned, 1 copy)"]}" || echo 0)
say "SUMMARY (medians of $RUNS, wall incl. JVM start): cronhound 1 thread = $(awk -v a="$c1" -v b="$ev" 'BEGIN { printf "%.1f", a / b }')x evtxexport on one core," \
  "$(awk -v a="$cu" -v b="$ev" 'BEGIN { printf "%.1f", a / b }')x unpinned (JIT on the other core)," \
  "$(nproc) threads = $(awk -v a="$c2" -v b="$ev" 'BEGIN { printf "%.1f", a / b }')x evtxexport;" \
  "$(awk -v a="$c1" -v au="$cu" -v b="$py" 'BEGIN { if (b > 0) printf "1 thread = %.0fx python-evtx on one core, %.0fx unpinned", a / b, au / b; else printf "python-evtx not run" }')"
