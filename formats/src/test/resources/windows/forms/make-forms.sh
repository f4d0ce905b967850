#!/usr/bin/env bash
# Regenerates the XML and Winlogbeat JSON forms of the EVTX fixtures listed below (see README.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../../.." && pwd)"
jar="$root/cli/target/cronhound.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -Dmaven.test.skip=true package -pl cli -am)
for name in id4688-4698-persistent-scheduled-task-with-system-privileges-creation id4698-4699-fast-created-deleted-task-by-atexec-susp-arg; do
  cp "$root/formats/src/test/resources/windows/evtx/evtx-to-mitre-attack/$name.evtx" "$here/$name.evtx"
  java -jar "$jar" convert --to jsonl "$here/$name.evtx" 2>/dev/null | python3 "$here/make-forms.py" "$here/$name"
done
