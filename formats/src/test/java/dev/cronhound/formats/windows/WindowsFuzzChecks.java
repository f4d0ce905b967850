package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.ReadReport;

/** The invariants both Windows text readers keep, whatever their input. */
final class WindowsFuzzChecks {

  private WindowsFuzzChecks() {}

  static void accountingAddsUp(WindowsCapture c, byte[] data, String format) {
    ReadReport r = c.report();
    long lines = 1;
    for (byte b : data) {
      if (b == '\n') {
        lines++;
      }
    }
    assertThat(r.bytes()).isEqualTo(data.length);
    assertThat(r.totalRecords()).isEqualTo(c.records().size());
    if (!c.records().isEmpty()) {
      assertThat(r.recordsByFormat()).containsOnlyKeys(format);
    }
    long previous = 1;
    for (WindowsRecord rec : c.records()) {
      assertThat(rec.origin().line()).isBetween(previous, lines);
      previous = rec.origin().line();
      assertThat(rec.data()).doesNotContainKey(null);
    }
    r.problemSamples().forEach(p -> assertThat(p.toString()).doesNotContain("\n", "\r"));
  }
}
