#!/usr/bin/env python3
"""Derives the positives of eval/cases/ctu-009-kovter.json from the per-flow labels of
stratosphere-ctu/009-zeek-malicious (read in place, never copied: GPL-2.0).

Rule (eval/README.md, "How labels were derived"): take every record of http.log.labeled and
ssl.log.labeled whose `label` column is `Malicious` (labels.config: "Malicious: - srcIP=192.168.1.113"),
group them by (source, destination address, destination port), and keep the groups with at least
MIN_RECORDS records: a beacon or C2 channel beats many times; the largest group below the cut has
6 records (www.microsoft.com). The period is the median gap between the group's records, gaps
under BURST_S seconds (several requests of one check-in) left out.

usage: ctu-009-positives.py [REALDATA]   (default: $CRONHOUND_REALDATA or ../shared/realdata)
"""
import collections
import json
import os
import statistics
import sys

MIN_RECORDS = 20
BURST_S = 5.0


def records(path):
    fields = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#fields"):
                fields = line.split("\t")[1:]
            elif line and not line.startswith("#"):
                yield dict(zip(fields, line.split("\t")))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CRONHOUND_REALDATA", "../shared/realdata")
    data = os.path.join(root, "stratosphere-ctu", "009-zeek-malicious", "data")
    groups = collections.defaultdict(list)
    for log in ("http.log.labeled", "ssl.log.labeled"):
        for r in records(os.path.join(data, log)):
            if r["label"] == "Malicious":
                groups[(log.split(".")[0], r["id.orig_h"], r["id.resp_h"], int(r["id.resp_p"]))].append(float(r["ts"]))
    out = []
    for (log, src, dst, port), ts in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len(ts) < MIN_RECORDS:
            continue
        ts.sort()
        gaps = [b - a for a, b in zip(ts, ts[1:]) if b - a >= BURST_S]
        period = round(statistics.median(gaps)) if gaps else None
        out.append({
            "name": f"kovter-{log}-{dst}-{port}",
            "src": src, "dst": dst, "port": port, "period_s": period, "direction": "outbound",
            "cite": "stratosphere-ctu/009-zeek-malicious/labels.config: 'Malicious: - srcIP=192.168.1.113'; "
                    f"data/{log}.log.labeled: {len(ts)} records {src} -> {dst}:{port} with label 'Malicious' "
                    f"(grouped by eval/derive/ctu-009-positives.py: >= {MIN_RECORDS} records)",
            "evidence": f"{len(ts)} records from t={ts[0]:.0f}s to t={ts[-1]:.0f}s of the capture; median gap "
                        f"{period} s (gaps >= {BURST_S:g} s)",
        })
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
