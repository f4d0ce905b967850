#!/usr/bin/env bash
# Runs the evaluation of eval/ (eval/README.md): hunts every labelled case with a new user's
# defaults and prints recall at the default threshold, mean reciprocal rank (--min-score 0) and
# labelled-benign findings, per case and overall. The committed captures always run; the GPL
# captures are read in place from $CRONHOUND_REALDATA (default ../shared/realdata beside the
# repository) and skipped, said so, when it is absent. Builds the CLI when needed (./cronhound).
#
#   scripts/eval.sh                      # the table
#   scripts/eval.sh --json               # the same as JSON (per label: rank, score, the finding)
#   scripts/eval.sh --committed-only     # only the captures in eval/data
#   scripts/eval.sh --hunt-args "--tune IncludeInternalDestinations=true"   # a what-if for every case
#   scripts/eval.sh eval/cases/ctu-009-kovter.json                          # some cases only
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export CRONHOUND_REALDATA="${CRONHOUND_REALDATA:-$here/../shared/realdata}"
cases=()
opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --hunt-args|--root|--realdata) opts+=("$1" "$2"); shift 2 ;;
    -*) opts+=("$1"); shift ;;
    *) cases+=("$1"); shift ;;
  esac
done
[ ${#cases[@]} -eq 0 ] && cases=(eval/cases)
exec ./cronhound eval "${cases[@]}" ${opts[@]+"${opts[@]}"}
