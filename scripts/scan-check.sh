#!/usr/bin/env bash
# Ranks the planted beacons of ../shared/perf/gen_scan.py's output among cronhound's findings.
#
#   scripts/scan-check.sh [SCAN_DIR=/tmp/scan] [DESTS=1000000]
#
# MIN_SCORE (default 0.05) is passed to --min-score: every channel above it is ranked (with 0, a
# million findings, 2.4 GB of JSON). Generates SCAN_DIR/conn.log when missing (the header comes from $PERF_DATA/conn.log, default
# /tmp/perf, which ../shared/perf/gen_zeek_conn.py writes), hunts it using the built
# jar (cli/target/cronhound.jar; build with mvn -B -o -q package -DskipTests), then prints every
# planted beacon's rank and score, the best-ranked channel of a scanning source that is not planted,
# and PASS when every planted beacon ranks above every such scan channel (FAIL otherwise, exit 1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp/scan}"
dests="${2:-1000000}"
shared="${SHARED:-$here/../shared}"
[ -d "$shared/perf" ] || shared=/work/shared
export PERF_DATA="${PERF_DATA:-/tmp/perf}"
mkdir -p "$dir"
if [ ! -f "$dir/conn.log" ]; then
  [ -f "$PERF_DATA/conn.log" ] || python3 "$shared/perf/gen_zeek_conn.py"
  python3 "$shared/perf/gen_scan.py" "$dir/conn.log" "$dests"
fi
jar="$here/cli/target/cronhound.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
java -XX:+UseParallelGC -Xmx6g -jar "$jar" hunt "$dir/conn.log" --min-score "${MIN_SCORE:-0.05}" -o "$dir/findings.jsonl" \
  >/dev/null 2>"$dir/hunt.err"
python3 - "$dir/findings.jsonl" "$dir/conn.log.truth.tsv" <<'PY'
import json, sys
findings = [json.loads(l) for l in open(sys.argv[1])]
findings.sort(key=lambda f: -f["score"])
truth = {}
for line in list(open(sys.argv[2]))[1:]:
    src, dst, port, period, jit, n = line.split("\t")
    truth[(src, dst)] = (float(period), int(n))
kinds = {}
for f in findings:
    kinds[f["analytic"]] = kinds.get(f["analytic"], 0) + 1
print("findings:", len(findings), ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
ranks = []
best_scan = None
for rank, f in enumerate(findings, 1):
    src = f["source"]["ip"]
    dsts = [f["destination"].get("ip")] + f["destination"].get("addresses", [])
    hit = next(((src, d) for d in dsts if (src, d) in truth), None)
    if hit:
        ranks.append((rank, f["score"], hit, f["analytic"]))
    elif f["analytic"] != "FANOUT" and src.startswith("10.9.0.") and best_scan is None:
        best_scan = (rank, f["score"], f["title"])
for rank, score, (src, dst), a in ranks:
    print("planted %-10s -> %-12s rank %6d score %.3f %s" % (src, dst, rank, score, a))
missing = [k for k in truth if k not in {r[2] for r in ranks}]
for k in missing:
    print("planted %s -> %s: NOT FOUND" % k)
worst = max((r[0] for r in ranks), default=None)
print("planted found: %d of %d, worst rank %s" % (len(ranks), len(truth), worst))
print("best scan channel:", "none" if best_scan is None else "rank %d score %.3f %s" % best_scan)
for f in findings:
    if f["analytic"] == "FANOUT":
        print("fan-out:", "%.3f" % f["score"], f["title"])
        break
ok = not missing and (best_scan is None or worst < best_scan[0])
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
