package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.GoldenFileTest;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.evtx.EvtxReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same Windows events as EVTX, as event XML and as Winlogbeat JSON map to the same normalized
 * events, and those match the golden ({@code src/test/resources/windows/forms/}, see its README).
 */
class WindowsFormsEquivalenceTest extends GoldenFileTest {

  private static final Path FORMS = RESOURCES.resolve("windows").resolve("forms");

  static Stream<String> cases() {
    return Stream.of(
        "id4688-4698-persistent-scheduled-task-with-system-privileges-creation",
        "id4698-4699-fast-created-deleted-task-by-atexec-susp-arg");
  }

  private interface Reader {
    void read(InputStream in, String file, WindowsRecordSink sink, ReadReport report);
  }

  private static List<WindowsRecord> read(Path file, Reader reader) throws IOException {
    List<WindowsRecord> out = new ArrayList<>();
    ReadReport report = new ReadReport();
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(in, file.getFileName().toString(), out::add, report);
    }
    assertThat(report.malformedCount()).as("problems in %s: %s", file, report.problemSamples()).isZero();
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evtxXmlAndWinlogbeatJsonMapToTheSameEvents(String name) throws IOException {
    List<WindowsRecord> evtx = read(FORMS.resolve(name + ".evtx"), EvtxReader::read);
    List<WindowsRecord> xml = read(FORMS.resolve(name + ".xml"), WindowsXmlReader::read);
    List<WindowsRecord> json = read(FORMS.resolve(name + ".winlogbeat.jsonl"), WindowsJsonReader::read);
    assertThat(evtx).isNotEmpty();
    assertThat(xml).hasSameSizeAs(evtx);
    assertThat(json).hasSameSizeAs(evtx);
    for (int i = 0; i < evtx.size(); i++) {
      assertThat(withoutOrigin(xml.get(i))).as("xml record %d", i).isEqualTo(withoutOrigin(evtx.get(i)));
      assertThat(withoutOrigin(json.get(i))).as("json record %d", i).isEqualTo(withoutOrigin(evtx.get(i)));
    }
    List<String> mapped = WindowsMappingGoldenTest.renderMapped(evtx);
    assertThat(WindowsMappingGoldenTest.renderMapped(xml)).isEqualTo(mapped);
    assertThat(WindowsMappingGoldenTest.renderMapped(json)).isEqualTo(mapped);
    assertGolden(FORMS.resolve(name + ".golden.jsonl"), mapped);
  }

  /**
   * The record without its origin, and with CR LF as LF in values: an XML parser normalizes line
   * ends in text (XML 1.0 section 2.11), so a TaskContent read from event XML has LF where the
   * EVTX holds CR LF. The mapped events must still be equal, and are asserted so.
   */
  private static WindowsRecord withoutOrigin(WindowsRecord r) {
    Map<String, String> data = new LinkedHashMap<>();
    r.data().forEach((k, v) -> data.put(k, v.replace("\r\n", "\n")));
    return new WindowsRecord(
        r.recordId(), r.timeCreatedMicros(), r.provider(), r.channel(), r.computer(), r.eventId(),
        r.version(), r.processId(), r.threadId(), r.userSid(), data, null);
  }
}
