package dev.cronhound.formats.linux.cron;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.GoldenFileTest;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.year.AnchoredYear;
import dev.cronhound.formats.year.YearRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Linux fixture under {@code src/test/resources/linux/} (see the README there) read by its
 * reader and rendered as {@link EventJson} lines plus the read summary, against {@code
 * linux/golden/<case>.golden.jsonl}. Regenerate with {@code -Dgolden.update=true}.
 *
 * <p>Fixed so the goldens do not depend on the day they run: crontab and timer jobs get the time
 * {@link #FILE_TIME} (not the file's modification time); RFC 3164 years are inferred as if read
 * at {@link #NOW} (2026-01-05T12:00Z), zone-less stamps are UTC.
 */
class LinuxGoldenTest extends GoldenFileTest {

  static final Path LINUX = RESOURCES.resolve("linux");
  /** 2026-01-05T00:00:00Z. */
  static final long FILE_TIME = 1_767_571_200_000_000L;
  /** 2026-01-05T12:00:00Z. */
  static final long NOW = 1_767_614_400_000_000L;
  /** A fresh stamp completion (one per file): years as if read at {@link #NOW}, zone-less stamps UTC. */
  static SyslogTime time() {
    return SyslogTime.anchored(ZoneOffset.UTC, (stamp, host) ->
        new AnchoredYear(YearRules.latestNotAfter(stamp, NOW), "as if read at 2026-01-05T12:00Z", false));
  }

  enum Reader { CRONTAB, TIMER, SYSLOG, JOURNAL_JSON, JOURNAL_EXPORT }

  record Case(String name, String path, Reader reader) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("crontab-etc", "cron/etc/crontab", Reader.CRONTAB),
        new Case("crontab-cron.d-backup", "cron/etc/cron.d/backup", Reader.CRONTAB),
        new Case("crontab-debian-user", "cron/var/spool/cron/crontabs/www-data", Reader.CRONTAB),
        new Case("crontab-cronie-user", "cron/var/spool/cron/alice", Reader.CRONTAB),
        new Case("timer-backup", "timers/backup.timer", Reader.TIMER),
        new Case("timer-sync", "timers/sync.timer", Reader.TIMER),
        new Case("timer-weekday-report", "timers/weekday-report.timer", Reader.TIMER),
        new Case("syslog-debian-cron", "syslog/debian-cron.log", Reader.SYSLOG),
        new Case("syslog-cronie-cron", "syslog/cronie-cron.log", Reader.SYSLOG),
        new Case("syslog-rsyslog-iso", "syslog/rsyslog-iso.log", Reader.SYSLOG),
        new Case("syslog-rfc5424", "syslog/rfc5424.log", Reader.SYSLOG),
        new Case("syslog-beats-auth", "beats-syslog/auth-test.log", Reader.SYSLOG),
        new Case("syslog-beats-auth-timestamp", "beats-syslog/auth-timestamp.log", Reader.SYSLOG),
        new Case("syslog-beats-suse", "beats-syslog/syslog-suse.log", Reader.SYSLOG),
        new Case("syslog-beats-tz-offset", "beats-syslog/syslog-tz-offset.log", Reader.SYSLOG),
        new Case("journald-json-cron", "journald/cron.json", Reader.JOURNAL_JSON),
        new Case("journald-export-cron", "journald/cron.export", Reader.JOURNAL_EXPORT),
        new Case("journald-export-beats", "beats-journald/journal1.export", Reader.JOURNAL_EXPORT));
  }

  static List<String> render(Case c) throws IOException {
    Path input = LINUX.resolve(c.path());
    String file = input.toString();
    List<String> lines = new ArrayList<>();
    ReadReport report = new ReadReport();
    report.fileOpened(file);
    try (InputStream in = Files.newInputStream(input)) {
      switch (c.reader()) {
        case CRONTAB -> CrontabReader.read(in, file, FILE_TIME, e -> lines.add(EventJson.toJson(e)), report);
        case TIMER -> TimerReader.read(in, file, FILE_TIME, e -> lines.add(EventJson.toJson(e)), report);
        case SYSLOG -> SyslogReader.read(in, file, time(), e -> lines.add(EventJson.toJson(e)), report);
        case JOURNAL_JSON -> JournalJsonReader.read(in, file, e -> lines.add(EventJson.toJson(e)), report);
        case JOURNAL_EXPORT -> JournalExportReader.read(in, file, e -> lines.add(EventJson.toJson(e)), report);
      }
    }
    assertThat(report.bytes()).isEqualTo(Files.size(input));
    lines.add(summary(report));
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Case c) throws IOException {
    assertGolden(LINUX.resolve("golden").resolve(c.name() + ".golden.jsonl"), render(c));
  }
}
