package dev.cronhound.formats.linux.cron;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.schedule.CronExpression;
import dev.cronhound.formats.year.AnchoredYear;
import dev.cronhound.formats.year.YearRules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** OnCalendar, time spans, crontab lines and syslog years: the small parsers on their own. */
class ScheduleTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hourly|3600|2026-01-05T03:00:00Z",
        "daily|86400|2026-01-06T00:00:00Z",
        "weekly|604800|2026-01-12T00:00:00Z",
        "monthly|2678400|2026-02-01T00:00:00Z",
        "*-*-* 02:13:00|86400|2026-01-06T02:13:00Z",
        "Mon..Fri *-*-* 09:00|86400|2026-01-05T09:00:00Z",
        "Sat,Sun 10:30|86400|2026-01-10T10:30:00Z",
        "*:0/15|900|2026-01-05T02:30:00Z",
        "*-*-1 04:00 UTC|2678400|2026-02-01T04:00:00Z",
        "*-1,7-1|15724800|2026-07-01T00:00:00Z",
        "Fri *-*-13|15724800|2026-02-13T00:00:00Z"
      })
  void onCalendarSubset(String spec, long period, String nextAfter0220) {
    CronExpression e = CalendarSpec.parse(spec);
    assertThat(e).as(spec).isNotNull();
    assertThat(e.periodSeconds()).isEqualTo(period);
    Instant next = Instant.ofEpochSecond(e.next(Instant.parse("2026-01-05T02:20:00Z").getEpochSecond() * 1_000_000L).getAsLong() / 1_000_000L);
    assertThat(next).isEqualTo(Instant.parse(nextAfter0220));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*-*-* *:*:0/30", "2026-01-05 10:00", "*-*~1", "Mon *-*-* 09:00 Europe/Berlin", "Moo 10:00", "now", "", "*:*:30"})
  void onCalendarOutsideTheSubset(String spec) {
    assertThat(CalendarSpec.parse(spec)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"15min,900", "1h 30min,5400", "1h30m,5400", "90,90", "2 days,172800", "1w,604800", "1.5h,5400", "500ms,0", "x,-1", "5 parsecs,-1", "'',-1"})
  void timeSpans(String text, long seconds) {
    assertThat(TimeSpan.seconds(text)).isEqualTo(seconds);
  }

  @Test
  void crontabLines() {
    CrontabLine job = CrontabLine.parse("  */5\t* * * *   /x.sh arg % line1%line2", false);
    assertThat(job.kind()).isEqualTo(CrontabLine.Kind.JOB);
    assertThat(job.schedule().text()).isEqualTo("*/5 * * * *");
    assertThat(job.command()).isEqualTo("/x.sh arg");
    assertThat(job.stdin()).isEqualTo("line1%line2");
    assertThat(CrontabLine.parse("@daily root /y", true).user()).isEqualTo("root");
    assertThat(CrontabLine.parse("FOO = \"bar baz\"", false).value()).isEqualTo("bar baz");
    assertThat(CrontabLine.parse("# 0 * * * * /commented", false).kind()).isEqualTo(CrontabLine.Kind.BLANK);
    assertThat(CrontabLine.parse("-", false).kind()).isEqualTo(CrontabLine.Kind.MALFORMED);
    assertThat(CrontabLine.parse("@weekly", false).problem()).isEqualTo("no command after the schedule");
    assertThat(CrontabLine.parse("@sometimes /x", false).problem()).startsWith("bad schedule: unknown nickname");
  }

  @Test
  void crontabPlaces() {
    assertThat(CrontabPlace.of("/etc/crontab")).isEqualTo(new CrontabPlace(true, null));
    assertThat(CrontabPlace.of("/etc/cron.d/php")).isEqualTo(new CrontabPlace(true, null));
    assertThat(CrontabPlace.of("/var/spool/cron/crontabs/alice")).isEqualTo(new CrontabPlace(false, "alice"));
    assertThat(CrontabPlace.of("C:\\evidence\\var\\spool\\cron\\bob")).isEqualTo(new CrontabPlace(false, "bob"));
    assertThat(CrontabPlace.of("saved.txt")).isEqualTo(new CrontabPlace(false, null));
  }

  @Test
  void rfc3164YearsAndZones() {
    // the reading-time rule (file time, clock): the latest year not more than a day after it
    long jan5 = Instant.parse("2026-01-05T12:00:00Z").getEpochSecond() * 1_000_000L;
    assertThat(ts(SyslogLine.parse("Jan  6 10:00:00 h p: m", readAt(jan5)))).isEqualTo("2026-01-06T10:00:00Z"); // within a day: this year
    assertThat(ts(SyslogLine.parse("Jan  7 10:00:00 h p: m", readAt(jan5)))).isEqualTo("2025-01-07T10:00:00Z");
    assertThat(ts(SyslogLine.parse("Dec 31 23:00:00 h p: m", readAt(jan5)))).isEqualTo("2025-12-31T23:00:00Z");
    assertThat(ts(SyslogLine.parse("Feb 29 10:00:00 h p: m", readAt(jan5)))).isEqualTo("2024-02-29T10:00:00Z");
    SyslogTime berlin2023 = SyslogTime.startingIn(ZoneId.of("Europe/Berlin"), 2023);
    assertThat(ts(SyslogLine.parse("Jul  1 10:00:00 h p: m", berlin2023))).isEqualTo("2023-07-01T08:00:00Z");
    assertThat(ts(SyslogLine.parse("2023-07-01T10:00:00 h p: m", berlin2023))).isEqualTo("2023-07-01T08:00:00Z");
    assertThat(SyslogLine.parse("Jul  1 10:00:00 h postfix/smtpd[77]: x", berlin2023))
        .satisfies(l -> {
          assertThat(l.ident()).isEqualTo("postfix/smtpd");
          assertThat(l.pid()).isEqualTo(77);
          assertThat(l.message()).isEqualTo("x");
        });
  }

  private static SyslogTime readAt(long nowMicros) {
    return SyslogTime.anchored(ZoneOffset.UTC, (stamp, host) ->
        new AnchoredYear(YearRules.latestNotAfter(stamp, nowMicros), "read at", false));
  }

  private static String ts(SyslogLine l) {
    return Instant.ofEpochSecond(l.tsMicros() / 1_000_000L).toString();
  }
}
