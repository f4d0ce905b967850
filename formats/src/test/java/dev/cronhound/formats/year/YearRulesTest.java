package dev.cronhound.formats.year;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year rules, rotation order and dated windows behind RFC 3164 stamps. */
class YearRulesTest {

  private static long us(String instant) {
    return Instant.parse(instant).getEpochSecond() * 1_000_000L;
  }

  private static YearlessStamp stamp(int month, int day) {
    return new YearlessStamp(month, day, 12, 0, 0, ZoneOffset.UTC);
  }

  @Test
  void nearestPutsTheStampInsideOrNextToTheWindow() {
    long from = us("2026-12-20T00:00:00Z");
    long to = us("2027-01-10T00:00:00Z");
    assertThat(YearRules.nearest(stamp(12, 31), from, to)).isEqualTo(2026); // inside
    assertThat(YearRules.nearest(stamp(1, 3), from, to)).isEqualTo(2027); // inside
    assertThat(YearRules.nearest(stamp(12, 1), from, to)).isEqualTo(2026); // 19 days before
    assertThat(YearRules.nearest(stamp(2, 1), from, to)).isEqualTo(2027); // 22 days after
    assertThat(YearRules.nearest(stamp(2, 29), from, to)).isEqualTo(2028); // the only leap year in reach
    assertThat(YearRules.nearest(stamp(7, 1), us("2026-01-05T00:00:00Z"), us("2026-01-08T00:00:00Z"))).isEqualTo(2026);
  }

  @Test
  void latestNotAfterAllowsADayOfSlack() {
    long jan5 = us("2026-01-05T12:00:00Z");
    assertThat(YearRules.latestNotAfter(stamp(1, 6), jan5)).isEqualTo(2026);
    assertThat(YearRules.latestNotAfter(stamp(1, 7), jan5)).isEqualTo(2025);
    assertThat(YearRules.latestNotAfter(stamp(12, 31), jan5)).isEqualTo(2025);
    assertThat(YearRules.latestNotAfter(stamp(2, 29), jan5)).isEqualTo(2024);
  }

  @Test
  void rotatedFilesOldestFirstByChain() {
    List<String> names = new ArrayList<>(List.of(
        "t/web01/syslog", "t/web01/syslog.1", "t/web01/syslog.10.gz", "t/web01/syslog.2.gz",
        "t/db01/messages", "t/db01/messages-20260112.gz", "t/db01/messages-20260105"));
    names.sort(RotatedFiles.OLDEST_FIRST);
    assertThat(names).containsExactly(
        "t/db01/messages-20260105", "t/db01/messages-20260112.gz", "t/db01/messages",
        "t/web01/syslog.10.gz", "t/web01/syslog.2.gz", "t/web01/syslog.1", "t/web01/syslog");
    assertThat(RotatedFiles.chain("t/web01/syslog.2.gz")).isEqualTo("t/web01/syslog");
    assertThat(RotatedFiles.chain("t/web01/auth.log")).isEqualTo("t/web01/auth.log");
  }

  @Test
  void datedRecordsByShortHostNameNotDefinitions() {
    DatedRecords d = new DatedRecords();
    Origin o = new Origin("f", 1);
    d.observe(new ProcessStart(us("2026-03-01T00:00:00Z"), "WEB01.corp.example", null, "/bin/sh", null, null, null,
        null, null, null, null, null, null, o), "audit", null);
    d.observe(new ProcessStart(us("2026-03-02T00:00:00Z"), null, null, "/bin/sh", null, null, null,
        null, null, null, null, null, null, o), "audit", "web01");
    d.observe(new ScheduledJob(us("2031-07-15T00:00:00Z"), "web01", "job", ScheduledJob.Change.REGISTERED, null, null,
        List.of(new JobAction("/x", null, null)), List.of(), null, "crontab", null, null, null, o), "audit", null);
    d.observe("10.0.0.5", us("2026-02-01T00:00:00Z"), "Zeek conn");
    assertThat(d.host("web01").minMicros()).isEqualTo(us("2026-03-01T00:00:00Z"));
    assertThat(d.host("Web01.other").maxMicros()).isEqualTo(us("2026-03-02T00:00:00Z"));
    assertThat(d.host("10.0.0.5").sources()).isEqualTo("Zeek conn");
    assertThat(d.host("10")).isNull();
    assertThat(d.run().minMicros()).isEqualTo(us("2026-02-01T00:00:00Z"));
    assertThat(d.run().sources()).isEqualTo("audit and Zeek conn");
  }

  @Test
  void evidenceInOrder() {
    DatedRecords d = new DatedRecords();
    YearEvidence none = new YearEvidence(0, d, null);
    assertThat(none.forFile("f", "web01", 0).anchor(stamp(1, 5), "web01")).isNull();
    long mtime = us("2027-01-08T00:00:00Z");
    assertThat(none.forFile("f", "web01", mtime).anchor(stamp(12, 30), "web01"))
        .isEqualTo(new AnchoredYear(2026, "from the file's modification time (2027-01-08)", false));
    YearEvidence clock = new YearEvidence(0, d, java.time.Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC));
    assertThat(clock.forFile("-", null, 0).anchor(stamp(1, 1), null))
        .isEqualTo(new AnchoredYear(2027, "from the clock (2027-01-02)", true));
    d.observe("db01", us("2024-06-01T00:00:00Z"), "journald");
    assertThat(clock.forFile("f", "web01", mtime).anchor(stamp(6, 2), "web01"))
        .isEqualTo(new AnchoredYear(2024, "from the run's journald records (none of web01)", false));
    d.observe("web01", us("2025-03-01T00:00:00Z"), "audit");
    assertThat(clock.forFile("f", null, mtime).anchor(stamp(3, 1), "web01.corp"))
        .isEqualTo(new AnchoredYear(2025, "from audit records of web01.corp", false));
    assertThat(new YearEvidence(2019, d, null).forFile("f", "web01", mtime).anchor(stamp(3, 1), "web01"))
        .isEqualTo(new AnchoredYear(2019, "given (--year)", false));
  }
}
