#!/usr/bin/python3
"""Dump an .evtx with python-evtx (the reference) as JSON lines in cronhound's value conventions.

One line per record python-evtx can render: file offset, EventRecordID, EventID, TimeCreated
(ISO-8601, 7 fraction digits), Provider, Channel, Computer and EventData/UserData name -> value.
python-evtx renders some types differently from WindowsRecord's conventions; its string() methods
are patched here (see README.md): FILETIME/SYSTEMTIME exact to 100 ns, GUID upper-case, HexInt
without zero padding, binary upper-case hex, booleans lower-case, SizeT hex, string arrays joined
with ','. Usage: normalize.py FILE.evtx > FILE.expected.jsonl
"""
import datetime
import json
import sys
import xml.etree.ElementTree as ET

import Evtx.Evtx as evtx
import Evtx.Nodes as N

EPOCH = 116444736000000000


def iso_ticks(ticks):
    t = ticks - EPOCH
    secs, frac = divmod(t, 10_000_000)
    d = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=secs)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % frac


def systemtime(self):
    u = [self.unpack_word(i) for i in range(0, 16, 2)]
    return "%04d-%02d-%02dT%02d:%02d:%02d.%07dZ" % (u[0], u[1], u[3], u[4], u[5], u[6], u[7] * 10000)


N.FiletimeTypeNode.string = lambda self: iso_ticks(self.unpack_qword(0))
N.SystemtimeTypeNode.string = systemtime
N.GuidTypeNode.string = lambda self: "{" + self.guid().upper() + "}"
N.Hex32TypeNode.string = lambda self: "0x%x" % self.unpack_dword(0)
N.Hex64TypeNode.string = lambda self: "0x%x" % self.unpack_qword(0)
N.BinaryTypeNode.string = lambda self: self.binary().hex().upper()
N.BooleanTypeNode.string = lambda self: "true" if self.unpack_dword(0) else "false"
N.SizeTypeNode.string = lambda self: "0x%x" % self.num()
_wsa = N.WstringArrayTypeNode.string
def wstring_array(self):
    s = self.binary().decode("utf-16le") if hasattr(self, "binary") else _wsa(self)
    return ",".join(s[:-1].split("\x00") if s.endswith("\x00") else s.split("\x00"))


N.WstringArrayTypeNode.string = wstring_array


def local(tag):
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def put(data, key, value):
    k, n = key, 2
    while k in data:
        k = "%s#%d" % (key, n)
        n += 1
    data[k] = value


def record_json(offset, root):
    out = {"offset": offset}
    data = {}
    for section in root:
        name = local(section.tag)
        if name == "System":
            for e in section:
                n = local(e.tag)
                if n == "Provider":
                    out["provider"] = e.get("Name") or None
                elif n in ("EventID", "EventRecordID", "Channel", "Computer"):
                    out[n] = e.text or ""
                elif n == "TimeCreated":
                    out["TimeCreated"] = e.get("SystemTime")
        elif name == "EventData":
            unnamed = 0
            for e in section:
                n = local(e.tag)
                if n == "Data":
                    key = e.get("Name")
                    if not key:
                        unnamed += 1
                        key = "#%d" % unnamed
                else:
                    key = n
                put(data, key, e.text or "")
        elif name == "UserData":
            def leaves(el):
                for c in el:
                    if len(c) == 0:
                        put(data, local(c.tag), c.text or "")
                    else:
                        leaves(c)
            leaves(section)
    out["data"] = [[k, v] for k, v in data.items()]
    return out


def main(path):
    with evtx.Evtx(path) as log:
        for chunk in log.chunks():
            if not chunk.check_magic():
                continue
            try:
                records = list(chunk.records())
            except Exception:
                continue
            for record in records:
                try:
                    root = ET.fromstring(record.xml())
                except Exception as e:  # the reference cannot render it: leave it out
                    print("skipped record at %d: %s" % (record.offset(), e), file=sys.stderr)
                    continue
                print(json.dumps(record_json(record.offset(), root), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
