#!/bin/sh
# Regenerates <fixture>.expected.jsonl beside every clean fixture with the reference reader
# (python-evtx, Debian package python3-evtx) and normalize.py. See README.md.
set -eu
cd "$(dirname "$0")"
if ! /usr/bin/python3 -c 'import Evtx.Evtx' 2>/dev/null; then
  apt-get update && apt-get install -y python3-evtx
fi
for f in evtx-rs-samples/*.evtx evtx-to-mitre-attack/*.evtx; do
  /usr/bin/python3 normalize.py "$f" > "${f%.evtx}.expected.jsonl" 2> "${f%.evtx}.reference-errors.txt" || echo "reference failed on $f" >&2
  [ -s "${f%.evtx}.reference-errors.txt" ] || rm -f "${f%.evtx}.reference-errors.txt"
done
