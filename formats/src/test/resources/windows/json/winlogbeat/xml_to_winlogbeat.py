#!/usr/bin/env python3
"""Builds the Winlogbeat-style JSON fixture from real event XML (see README.md).

Usage: python3 xml_to_winlogbeat.py ../../xml/beats/sysmon-9.01.xml \
           ../../xml/evtx-rs/event_xml_sample_with_event_data.xml \
           ../../xml/evtx-rs/event_xml_sample_with_user_data.xml > sysmon-9.01.winlogbeat.json

Field names follow Elastic's "Windows Event Log fields emitted by Winlogbeat" reference. Three
shapes rotate over the records so every form the reader accepts is exercised: (0) nested objects,
numeric event_id/record_id (Beats 7); (1) nested, string event_id/record_id (Beats 8); (2) the same
keys dotted at the top level ("winlog.event_id"). @timestamp keeps the source's 7 fraction digits
(Beats 7 itself rounds to milliseconds) so the records compare exactly with the XML.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = '{http://schemas.microsoft.com/win/2004/08/events/event}'


def events(path):
    text = open(path, encoding='utf-8').read()
    text = re.sub(r'<\?xml[^>]*\?>', '', text)
    for m in re.finditer(r'<Event[ >].*?</Event>', text, re.S):
        yield ET.fromstring(m.group(0))


def local(tag):
    return tag.split('}', 1)[-1]


def convert(ev, shape):
    sysel = ev.find(NS + 'System')
    g = lambda name: sysel.find(NS + name)
    t = g('TimeCreated').get('SystemTime')
    winlog = {
        'api': 'wineventlog',
        'channel': g('Channel').text,
        'computer_name': g('Computer').text,
        'event_id': int(g('EventID').text) if shape == 0 else g('EventID').text,
        'provider_name': g('Provider').get('Name'),
        'record_id': int(g('EventRecordID').text) if shape == 0 else g('EventRecordID').text,
    }
    if g('Provider').get('Guid'):
        winlog['provider_guid'] = g('Provider').get('Guid')
    if g('Version') is not None:
        winlog['version'] = int(g('Version').text)
    ex = g('Execution')
    if ex is not None and ex.get('ProcessID'):
        winlog['process'] = {'pid': int(ex.get('ProcessID')), 'thread': {'id': int(ex.get('ThreadID'))}}
    sec = g('Security')
    if sec is not None and sec.get('UserID'):
        winlog['user'] = {'identifier': sec.get('UserID')}
    ed = ev.find(NS + 'EventData')
    if ed is not None and len(ed):
        data = {}
        for d in ed:
            v = d.text or ''
            data[d.get('Name')] = '' if v.strip() == '' and '\n' in v else v
        winlog['event_data'] = data
    ud = ev.find(NS + 'UserData')
    if ud is not None and len(ud):
        wrapper = ud[0]
        data = {'xml_name': local(wrapper.tag)}
        for leaf in wrapper.iter():
            if leaf is not wrapper and len(leaf) == 0:
                v = leaf.text or ''
                data[local(leaf.tag)] = '' if v.strip() == '' and '\n' in v else v
        winlog['user_data'] = data
    out = {
        '@timestamp': t,
        'event': {'code': g('EventID').text, 'kind': 'event', 'provider': winlog['provider_name']},
        'host': {'name': winlog['computer_name']},
        'winlog': winlog,
    }
    if shape == 2:
        flat = {'@timestamp': t}
        def walk(prefix, o):
            for k, v in o.items():
                if isinstance(v, dict) and not prefix.endswith('event_data.') and k != 'event_data' and k != 'user_data':
                    walk(prefix + k + '.', v)
                else:
                    flat[prefix + k] = v
        walk('', {k: v for k, v in out.items() if k != '@timestamp'})
        out = flat
    return out


i = 0
for path in sys.argv[1:]:
    for ev in events(path):
        print(json.dumps(convert(ev, i % 3), ensure_ascii=False, separators=(',', ':')))
        i += 1
