package dev.cronhound.formats.linux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cronhound.core.event.Event;
import dev.cronhound.formats.AuditEventJson;
import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.ReadReport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link AuditReader} with {@link AuditEventMapper} behind it: whatever the bytes, no
 * exception escapes, every byte is counted, each record is in exactly one event, every event
 * renders as JSON ({@link AuditEventJson}, {@link EventJson}), origins are lines of the input and
 * problems are one line each. Under {@code mvn verify} this replays the seeds in {@code
 * src/test/resources/dev/cronhound/formats/linux/audit/AuditReaderFuzzTestInputs/readsAnyBytes/};
 * to fuzz for real (coverage-guided, five minutes by default) see {@code ZeekTsvReaderFuzzTest}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl formats -am test -Dtest='AuditReaderFuzzTest#readsAnyBytes' \
 *     -Djazzer.hooks=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class AuditReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    ReadReport report = new ReadReport();
    List<AuditEvent> audit = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    AuditEventMapper mapper = new AuditEventMapper(events::add, Passwd.NONE, "fuzz.log");
    AuditReader.read(new ByteArrayInputStream(data), "fuzz.log", e -> {
      audit.add(e);
      mapper.accept(e);
    }, report);

    long lines = 1;
    for (byte b : data) {
      if (b == '\n') {
        lines++;
      }
    }
    assertThat(report.bytes()).isEqualTo(data.length);
    long records = 0;
    for (AuditEvent e : audit) {
      records += e.records().size();
      assertThat(e.line()).isBetween(1L, lines);
      assertThat(AuditEventJson.toJson(e, "fuzz.log")).doesNotContain("\n");
    }
    assertThat(report.totalRecords()).isGreaterThanOrEqualTo(records);
    assertThat(events.size() + mapper.unmapped()).isEqualTo(audit.size());
    for (Event e : events) {
      assertThat(e.origin().line()).isBetween(1L, lines);
      assertThat(EventJson.toJson(e)).doesNotContain("\n");
    }
    report.problemSamples().forEach(p -> assertThat(p.toString()).doesNotContain("\n", "\r"));
  }
}
