#!/usr/bin/env bash
# auditd reading, side by side on the same file: cronhound's reader (cronhound convert --to events,
# events to /dev/null) against ausearch -i --input (audit userspace, C; interprets every record).
#
#   bench/audit.sh            RUNS=3 medians over a ~SIZE_MB (default 100) MB log, pinned and unpinned
#
# The log (bench-data/audit/audit-NNNmb.log, git-ignored, made once) repeats the real audit logs
# under formats/src/test/resources/linux/audit/ (go-libaudit auparse + reassembler, beats: 166
# records) until SIZE_MB, every event of every copy restamped: times 7 ms apart from 2023-11-14
# on, serials counting up, so events stay distinct and in time order (records of one original
# event keep one stamp; made/audit.log is left out, its EOE records would make every EOE-less
# real event a "closed without EOE" problem). Environment: RUNS (default 3), SIZE_MB (default 100), CPU (core for
# the pinned runs, default 0), JAR (another build, with SKIP_BUILD=1), SKIP_BUILD=1. Installs
# auditd (ausearch) with apt-get if missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
RUNS="${RUNS:-3}"
SIZE_MB="${SIZE_MB:-100}"
CPU="${CPU:-0}"
JAR="${JAR:-$root/cli/target/cronhound.jar}"
FIX="$root/formats/src/test/resources/linux/audit"
DATA="$root/bench-data/audit"
say() { printf '%s\n' "$*"; }

if ! command -v ausearch >/dev/null; then
  say "installing auditd (apt-get) ..."
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq auditd >/dev/null
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package -pl cli -am
fi

median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.6g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

mkdir -p "$DATA"
log="$DATA/audit-${SIZE_MB}mb.log"
if [ ! -s "$log" ]; then
  say "making $log ..."
  python3 - "$log" "$SIZE_MB" "$FIX" <<'PY'
import glob, os, re, sys
out, size_mb, fix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(glob.glob(fix + "/go-libaudit/**/*.log", recursive=True)) + sorted(glob.glob(fix + "/beats-auditd/*.log"))
lines = []
for f in files:
    with open(f, "rb") as fh:
        lines += [(f, l.rstrip(b"\n")) for l in fh if l.strip()]
stamp = re.compile(rb"audit\((\d+)\.(\d{3}):(\d+)\)")
target = size_mb * 1_000_000
written, ms, serial = 0, 1_700_000_000_000, 1
with open(out + ".tmp", "wb") as o:
    while written < target:
        fresh = {}  # (file, original stamp) -> new stamp, per copy
        buf = []
        for f, l in lines:
            m = stamp.search(l)
            if m is None:
                buf.append(l + b"\n")
                continue
            key = (f, m.group(0))
            if key not in fresh:
                ms += 7
                serial += 1
                fresh[key] = b"audit(%d.%03d:%d)" % (ms // 1000, ms % 1000, serial % 2**32)
            buf.append(l[:m.start()] + fresh[key] + l[m.end():] + b"\n")
        chunk = b"".join(buf)
        o.write(chunk)
        written += len(chunk)
os.rename(out + ".tmp", out)
PY
fi

bytes=$(stat -c %s "$log")
records=$(java -jar "$JAR" convert --to events "$log" -o /dev/null 2>&1 | sed -nE 's/^read [0-9]+ file\(s\), .* ([0-9]+) records in.*/\1/p')
say "== machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
say "log: $log, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }'), $records records"
say "ausearch: $(ausearch --version 2>&1 | head -1); java: $(java -version 2>&1 | head -1)"
say ""

timed() { # wall seconds of "$@", output discarded
  local s e
  s=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'
}

declare -A walls
row() { # name walls...
  local name="$1"; shift
  local m
  m=$(median "$@")
  printf '%-38s %8s s %8.1f MB/s %12.0f rec/s   runs: %s\n' "$name" "$m" \
    "$(awk -v b="$bytes" -v s="$m" 'BEGIN { print b / 1e6 / s }')" "$(awk -v n="$records" -v s="$m" 'BEGIN { print n / s }')" "$*"
  walls[$name]="$m"
}

c1=() cu=() a1=() au=()
for ((r = 1; r <= RUNS; r++)); do
  c1+=("$(timed taskset -c "$CPU" java -jar "$JAR" convert --to events "$log" -o /dev/null)")
  a1+=("$(timed taskset -c "$CPU" ausearch -i --input "$log")")
  cu+=("$(timed java -jar "$JAR" convert --to events "$log" -o /dev/null)")
  au+=("$(timed ausearch -i --input "$log")")
done
row "cronhound convert --to events (pinned)" "${c1[@]}"
row "ausearch -i --input (pinned)" "${a1[@]}"
row "cronhound convert --to events (unpinned)" "${cu[@]}"
row "ausearch -i --input (unpinned)" "${au[@]}"
say ""
say "SUMMARY (medians of $RUNS, wall incl. JVM start; load now $(cut -d' ' -f1-3 /proc/loadavg)): cronhound =" \
  "$(awk -v a="${walls["ausearch -i --input (pinned)"]}" -v b="${walls["cronhound convert --to events (pinned)"]}" 'BEGIN { printf "%.1f", a / b }')x ausearch on one core," \
  "$(awk -v a="${walls["ausearch -i --input (unpinned)"]}" -v b="${walls["cronhound convert --to events (unpinned)"]}" 'BEGIN { printf "%.1f", a / b }')x unpinned"
