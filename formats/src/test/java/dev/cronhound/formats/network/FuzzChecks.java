package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.ReadCapture;
import dev.cronhound.formats.ReadReport;

/** The invariants every reader keeps, whatever its input. */
final class FuzzChecks {

  private FuzzChecks() {}

  /**
   * Records and problems never outnumber the lines; every event is a counted record of a mapped
   * stream, comes from an existing line in order, and renders as one JSON line.
   */
  static void accountingAddsUp(ReadCapture c, byte[] data) {
    ReadReport r = c.report();
    long lines = 1;
    for (byte b : data) {
      if (b == '\n') {
        lines++;
      }
    }
    assertThat(r.totalRecords() + r.malformedCount()).isLessThanOrEqualTo(lines);
    long mapped =
        r.recordsByFormat().entrySet().stream()
            .filter(e -> e.getKey().matches("zeek-(tsv|json)/(conn|dns|ssl|http)"))
            .mapToLong(e -> e.getValue())
            .sum();
    assertThat((long) c.events().size()).isEqualTo(mapped);
    assertThat(r.bytes()).isEqualTo(data.length);
    long previous = 0;
    for (Event e : c.events()) {
      assertThat(e.origin().line()).isBetween(previous + 1, lines);
      previous = e.origin().line();
      assertThat(EventJson.toJson(e)).doesNotContain("\n", "\r", "\u2028", "\u2029");
    }
    r.problemSamples().forEach(p -> assertThat(p.toString()).doesNotContain("\n", "\r"));
  }
}
