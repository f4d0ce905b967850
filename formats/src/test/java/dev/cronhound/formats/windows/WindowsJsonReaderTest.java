package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both JSON dialects, their time sources, and broken lines for {@link WindowsJsonReader}. */
class WindowsJsonReaderTest {

  @Test
  void readsWinlogbeatNestedAndDottedAlike() {
    String nested = "{\"@timestamp\":\"2019-03-18T16:57:52.433Z\",\"winlog\":{\"event_id\":1,"
        + "\"channel\":\"Microsoft-Windows-Sysmon/Operational\",\"provider_name\":\"Microsoft-Windows-Sysmon\","
        + "\"computer_name\":\"h\",\"record_id\":32,\"version\":5,\"process\":{\"pid\":4860,\"thread\":{\"id\":4516}},"
        + "\"user\":{\"identifier\":\"S-1-5-18\"},\"event_data\":{\"Image\":\"C:\\\\a.exe\",\"Hashes\":{\"SHA1\":\"AB\"}}}}";
    String dotted = "{\"@timestamp\":\"2019-03-18T16:57:52.433Z\",\"winlog.event_id\":\"1\","
        + "\"winlog.channel\":\"Microsoft-Windows-Sysmon/Operational\",\"winlog.provider_name\":\"Microsoft-Windows-Sysmon\","
        + "\"winlog.computer_name\":\"h\",\"winlog.record_id\":\"32\",\"winlog.version\":5,\"winlog.process.pid\":4860,"
        + "\"winlog.process.thread.id\":4516,\"winlog.user.identifier\":\"S-1-5-18\","
        + "\"winlog.event_data.Image\":\"C:\\\\a.exe\",\"winlog.event_data\":{\"Hashes.SHA1\":\"AB\"}}";
    WindowsCapture c = WindowsCapture.json(nested + "\n" + dotted + "\n");
    assertThat(c.records()).hasSize(2);
    WindowsRecord r = c.records().get(0);
    assertThat(r.eventId()).isEqualTo(1);
    assertThat(r.recordId()).isEqualTo(32);
    assertThat(r.timeCreatedMicros()).isEqualTo(1552928272433000L);
    assertThat(r.processId()).isEqualTo(4860);
    assertThat(r.threadId()).isEqualTo(4516);
    assertThat(r.userSid()).isEqualTo("S-1-5-18");
    assertThat(r.data()).containsExactly(Map.entry("Image", "C:\\a.exe"), Map.entry("Hashes.SHA1", "AB"));
    assertThat(WindowsCapture.withoutOrigin(c.records().get(1))).isEqualTo(WindowsCapture.withoutOrigin(r));
    assertThat(c.records().get(1).origin().line()).isEqualTo(2);
    assertThat(c.report().recordsByFormat()).containsEntry("windows-json", 2L);
  }

  @Test
  void readsWinlogbeatUserDataLeavesWithoutXmlName() {
    WindowsCapture c = WindowsCapture.json("{\"winlog\":{\"event_id\":1102,\"channel\":\"Security\","
        + "\"user_data\":{\"xml_name\":\"LogFileCleared\",\"SubjectUserName\":\"bob\",\"Inner\":{\"SubjectUserName\":\"x\"}}}}");
    assertThat(c.records().get(0).data())
        .containsExactly(Map.entry("SubjectUserName", "bob"), Map.entry("SubjectUserName#2", "x"));
    assertThat(c.records().get(0).timeCreatedMicros()).isEqualTo(WindowsRecord.NO_TIME);
  }

  @Test
  void flattenedOtrfTakesTimeCreatedAndKeepsSysmonEventType() {
    WindowsCapture c = WindowsCapture.json("{\"SourceName\":\"Microsoft-Windows-Sysmon\",\"Level\":\"4\","
        + "\"Channel\":\"Microsoft-Windows-Sysmon/Operational\",\"Hostname\":\"WS5\","
        + "\"TimeCreated\":\"2020-12-19T06:59:28.410Z\",\"@timestamp\":\"2020-12-19T06:59:29.000Z\","
        + "\"EventID\":13,\"Message\":\"m\",\"Task\":\"13\",\"EventType\":\"SetValue\",\"ProcessId\":\"3108\","
        + "\"UtcTime\":\"2020-12-19 06:59:28.409\"}");
    WindowsRecord r = c.records().get(0);
    assertThat(r.eventId()).isEqualTo(13);
    assertThat(r.provider()).isEqualTo("Microsoft-Windows-Sysmon");
    assertThat(r.computer()).isEqualTo("WS5");
    assertThat(r.timeCreatedMicros()).isEqualTo(1608361168410000L);
    assertThat(r.data()).containsExactly(Map.entry("EventType", "SetValue"), Map.entry("ProcessId", "3108"),
        Map.entry("UtcTime", "2020-12-19 06:59:28.409"));
  }

  @Test
  void flattenedNxlogCorrectsLocalEventTimeByTheCollectorsOffset() {
    WindowsCapture c = WindowsCapture.json("{\"Keywords\":-9223372036854775808,\"SeverityValue\":2,"
        + "\"EventTypeOrignal\":\"INFO\",\"EventType\":\"INFO\",\"EventID\":12,\"ExecutionProcessID\":9848,"
        + "\"host\":\"wec.internal.cloudapp.net\",\"Channel\":\"Microsoft-Windows-Sysmon/Operational\","
        + "\"UserID\":\"S-1-5-18\",\"ThreadID\":7976,\"EventReceivedTime\":\"2020-09-21 03:15:27\","
        + "\"EventTime\":\"2020-09-21 03:15:25\",\"@timestamp\":\"2020-09-21T07:15:27.705Z\",\"port\":64545,"
        + "\"RecordNumber\":2503053,\"Version\":2,\"SourceName\":\"Microsoft-Windows-Sysmon\","
        + "\"Hostname\":\"WORKSTATION5.theshire.local\",\"tags\":[\"mordorDataset\"],\"RuleName\":\"-\"}\n"
        + "{\"EventID\":4688,\"host\":\"h2\",\"EventTime\":\"2020-09-21 03:15:25\",\"@timestamp\":\"2020-09-21T07:15:27.705Z\"}\n");
    WindowsRecord r = c.records().get(0);
    assertThat(r.timeCreatedMicros()).isEqualTo(WindowsTime.micros("2020-09-21T07:15:25Z"));
    assertThat(r.computer()).isEqualTo("WORKSTATION5.theshire.local");
    assertThat(r.recordId()).isEqualTo(2503053);
    assertThat(r.processId()).isEqualTo(9848);
    assertThat(r.threadId()).isEqualTo(7976);
    assertThat(r.userSid()).isEqualTo("S-1-5-18");
    assertThat(r.version()).isEqualTo(2);
    assertThat(r.data()).containsExactly(Map.entry("RuleName", "-"));
    WindowsRecord noReceipt = c.records().get(1);
    assertThat(noReceipt.computer()).isEqualTo("h2");
    assertThat(noReceipt.timeCreatedMicros()).as("zone-less EventTime is never read as UTC")
        .isEqualTo(WindowsTime.micros("2020-09-21T07:15:27.705Z"));
  }

  @Test
  void badLinesAreCountedWithTheirLineAndGoodOnesKept() {
    String good = "{\"EventID\":1,\"Channel\":\"c\"}";
    String json = good + "\n"
        + "not json\n"
        + "\n"
        + "{\"EventID\":1,\n"
        + "[1,2]\n"
        + "{\"zeek\":1}\n"
        + good + " trailing\n"
        + "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}\n"
        + good;
    WindowsCapture c = WindowsCapture.json(json);
    assertThat(c.records()).extracting(r -> r.origin().line()).containsExactly(1L, 9L);
    assertThat(c.problems()).extracting(p -> p.substring(0, p.indexOf(": ")))
        .containsExactly("t.json:2", "t.json:4", "t.json:5", "t.json:6", "t.json:7", "t.json:8");
    assertThat(c.problems().get(3)).endsWith("not a Windows event (no winlog.event_id and no EventID)");
    assertThat(c.report().bytes()).isEqualTo(json.length());
  }

  @Test
  void isoTimesToMicros() {
    assertThat(WindowsTime.micros("1970-01-01T00:00:00Z")).isZero();
    assertThat(WindowsTime.micros("1970-01-01T00:00:00.123456789Z")).isEqualTo(123456);
    assertThat(WindowsTime.micros("1970-01-01T01:00:00.5+01:00")).isEqualTo(500000);
    assertThat(WindowsTime.micros("1970-01-01 00:00:01-0030")).isEqualTo(1_801_000_000L);
    assertThat(WindowsTime.micros("1969-12-31T23:59:59.9999999Z")).isEqualTo(-1);
    assertThat(WindowsTime.micros("2020-09-21 03:15:25")).isEqualTo(WindowsRecord.NO_TIME);
    assertThat(WindowsTime.micros("2020-02-30T00:00:00Z")).isEqualTo(WindowsRecord.NO_TIME);
    assertThat(WindowsTime.micros("2020-01-01T00:00:00.1234567890Z")).isEqualTo(WindowsRecord.NO_TIME);
  }
}
