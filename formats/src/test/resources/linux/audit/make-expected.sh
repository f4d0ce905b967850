#!/usr/bin/env bash
# Regenerates the ausearch expectations beside each audit log here: FILE.log -> FILE.ausearch-i.txt,
# the output of `ausearch -i --input FILE.log` (audit userspace 3.0.9, Debian 12's auditd package),
# which AuditAusearchEquivalenceTest compares cronhound's event assembly and decoding against.
#
#   formats/src/test/resources/linux/audit/make-expected.sh
#
# Reproducible whatever the machine: TZ=UTC (ausearch prints local time), and uids are named from
# ./passwd, bind-mounted over /etc/passwd in a private mount namespace (unshare -m; needs root or
# CAP_SYS_ADMIN), so the machine's own accounts never leak in. Installs auditd with apt-get if
# ausearch is missing. ausearch exits 1 when it finds nothing (an empty log); that is kept as an
# empty expectation.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if ! command -v ausearch >/dev/null; then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq auditd >/dev/null
fi
ausearch --version
# made/syslog.log is left out: ausearch does not read syslog-prefixed lines (the test checks that
# file against made/audit.log instead).
find . -name '*.log' ! -path './made/syslog.log' -print0 | sort -z | while IFS= read -r -d '' f; do
  out="${f%.log}.ausearch-i.txt"
  unshare -m sh -c 'mount --bind "$1" /etc/passwd && TZ=UTC LC_ALL=C ausearch -i --input "$2" > "$3" 2>/dev/null || true' \
    _ "$here/passwd" "$f" "$out"
  printf '%-50s %5d lines\n' "$out" "$(wc -l < "$out")"
done
