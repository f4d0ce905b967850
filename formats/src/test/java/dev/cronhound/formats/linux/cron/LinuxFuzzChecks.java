package dev.cronhound.formats.linux.cron;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.formats.ReadReport;
import java.util.ArrayList;
import java.util.List;

/** What the Linux readers keep whatever their input: every byte counted, origins in order, one-line problems. */
final class LinuxFuzzChecks {

  private LinuxFuzzChecks() {}

  /** The events a reader gave and the report it filled. */
  record Capture(List<Event> events, ReadReport report) {
    Capture() {
      this(new ArrayList<>(), new ReadReport());
    }
  }

  /** {@code eventsPerRecord}: true when each record gives at most one event (all readers here). */
  static void accountingAddsUp(Capture c, byte[] data, String format) {
    ReadReport r = c.report();
    long lines = 1;
    for (byte b : data) {
      if (b == '\n') {
        lines++;
      }
    }
    assertThat(r.bytes()).isEqualTo(data.length);
    assertThat(r.recordsByFormat().keySet()).isSubsetOf(format);
    assertThat((long) c.events().size()).isLessThanOrEqualTo(r.totalRecords());
    long previous = 1;
    for (Event e : c.events()) {
      assertThat(e.origin().line()).isBetween(previous, lines);
      previous = e.origin().line();
    }
    r.problemSamples().forEach(p -> assertThat(p.toString()).doesNotContain("\n", "\r"));
  }
}
