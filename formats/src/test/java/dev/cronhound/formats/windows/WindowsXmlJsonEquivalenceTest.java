package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same events as event XML and as Winlogbeat JSON (built from that XML, see the fixture's
 * README) give equal {@link WindowsRecord}s, origin aside.
 */
class WindowsXmlJsonEquivalenceTest {

  static final Path WINDOWS = Path.of("src", "test", "resources", "windows");

  @Test
  void xmlAndWinlogbeatJsonGiveEqualRecords() {
    List<WindowsRecord> xml = new ArrayList<>();
    for (String f : List.of("xml/beats/sysmon-9.01.xml", "xml/evtx-rs/event_xml_sample_with_event_data.xml",
        "xml/evtx-rs/event_xml_sample_with_user_data.xml")) {
      xml.addAll(WindowsCapture.file(WINDOWS.resolve(f)).records());
    }
    WindowsCapture json = WindowsCapture.file(WINDOWS.resolve("json/winlogbeat/sysmon-9.01.winlogbeat.json"));
    assertThat(json.report().malformedCount()).isZero();
    assertThat(xml).hasSize(34);
    assertThat(json.records().stream().map(WindowsCapture::withoutOrigin).toList())
        .containsExactlyElementsOf(xml.stream().map(WindowsCapture::withoutOrigin).toList());
  }

  @Test
  void winlogbeatMillisecondTimestampLosesOnlyTheSubMillisecondDigits() {
    String ms = "{\"@timestamp\":\"2019-03-18T16:57:52.433Z\",\"winlog\":{\"event_id\":2}}";
    String full = "{\"@timestamp\":\"2019-03-18T16:57:52.4333673Z\",\"winlog\":{\"event_id\":2}}";
    long a = WindowsCapture.json(ms).records().get(0).timeCreatedMicros();
    long b = WindowsCapture.json(full).records().get(0).timeCreatedMicros();
    assertThat(b - a).isEqualTo(367);
  }
}
