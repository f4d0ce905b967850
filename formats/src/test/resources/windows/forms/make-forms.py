#!/usr/bin/env python3
"""Renders Windows records (cronhound convert --to jsonl lines on stdin) as the two other forms
of the same events: Windows event XML (<Events> of <Event> elements as Windows renders them) and
Winlogbeat / Elastic Agent JSON lines (winlog.* fields). Usage: make-forms.py NAME < records.jsonl
writes NAME.xml and NAME.winlogbeat.jsonl."""
import json
import sys
from xml.sax.saxutils import escape, quoteattr

name = sys.argv[1]
records = [json.loads(line) for line in sys.stdin if line.strip()]


def system_time(iso_micros):
    # 2021-04-21T13:30:00.569679Z -> Windows' 7 fraction digits
    return iso_micros[:-1] + "0Z"


with open(name + ".xml", "w", encoding="utf-8", newline="\n") as x:
    x.write('<?xml version="1.0" encoding="utf-8"?>\n<Events>\n')
    for r in records:
        x.write('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>')
        x.write("<Provider Name=%s/>" % quoteattr(r["provider"]))
        x.write("<EventID>%d</EventID><Version>%d</Version>" % (r["event_id"], r.get("version", 0)))
        x.write("<TimeCreated SystemTime=%s/>" % quoteattr(system_time(r["time"])))
        x.write("<EventRecordID>%d</EventRecordID>" % r["record_id"])
        x.write('<Execution ProcessID="%d" ThreadID="%d"/>' % (r.get("process_id", 0), r.get("thread_id", 0)))
        x.write("<Channel>%s</Channel><Computer>%s</Computer>" % (escape(r["channel"]), escape(r["computer"])))
        x.write("<Security UserID=%s/>" % quoteattr(r["user_sid"]) if "user_sid" in r else "<Security/>")
        x.write("</System><EventData>")
        for k, v in r["data"].items():
            if k.startswith("#"):
                x.write("<Data>%s</Data>" % escape(v))
            else:
                x.write("<Data Name=%s>%s</Data>" % (quoteattr(k), escape(v)))
        x.write("</EventData></Event>\n")
    x.write("</Events>\n")

with open(name + ".winlogbeat.jsonl", "w", encoding="utf-8", newline="\n") as j:
    for r in records:
        winlog = {
            "channel": r["channel"],
            "computer_name": r["computer"],
            "event_id": str(r["event_id"]),
            "provider_name": r["provider"],
            "record_id": str(r["record_id"]),
            "version": r.get("version", 0),
            "process": {"pid": r.get("process_id", 0), "thread": {"id": r.get("thread_id", 0)}},
            "event_data": {k: v for k, v in r["data"].items()},
        }
        if "user_sid" in r:
            winlog["user"] = {"identifier": r["user_sid"]}
        doc = {"@timestamp": r["time"], "event": {"code": str(r["event_id"]), "kind": "event"}, "winlog": winlog}
        j.write(json.dumps(doc, ensure_ascii=False) + "\n")
