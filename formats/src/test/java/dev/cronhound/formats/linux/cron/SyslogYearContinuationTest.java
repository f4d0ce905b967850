package dev.cronhound.formats.linux.cron;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.year.AnchoredYear;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 3164 stamps after the first continue from the one before: across new year, late lines, leap days. */
class SyslogYearContinuationTest {

  private static final DateTimeFormatter BSD = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);

  private static String line(long micros) {
    return ZonedDateTime.ofInstant(Instant.ofEpochSecond(micros / 1_000_000L), ZoneOffset.UTC).format(BSD) + " h p: m";
  }

  private static long us(String instant) {
    return Instant.parse(instant).getEpochSecond() * 1_000_000L;
  }

  @Test
  void newYearLateLineAndLeapDay() {
    SyslogTime t = SyslogTime.startingIn(ZoneOffset.UTC, 2027);
    assertThat(SyslogLine.parse("Dec 31 23:59:59 h p: m", t).tsMicros()).isEqualTo(us("2027-12-31T23:59:59Z"));
    assertThat(SyslogLine.parse("Jan  1 00:00:01 h p: m", t).tsMicros()).isEqualTo(us("2028-01-01T00:00:01Z"));
    assertThat(t.currentYear()).isEqualTo(2028);
    // logged late, after January's first line: still the old year, and the year does not go back
    assertThat(SyslogLine.parse("Dec 31 23:59:58 h p: m", t).tsMicros()).isEqualTo(us("2027-12-31T23:59:58Z"));
    assertThat(t.currentYear()).isEqualTo(2028);
    assertThat(SyslogLine.parse("Feb 29 10:00:00 h p: m", t).tsMicros()).isEqualTo(us("2028-02-29T10:00:00Z"));
    assertThat(SyslogLine.parse("Mar  1 10:00:00 h p: m", t).tsMicros()).isEqualTo(us("2028-03-01T10:00:00Z"));
    assertThat(t.placed()).isEqualTo(5);
  }

  @Test
  void leapDayOfAYearWithoutOneIsNoStamp() {
    SyslogTime t = SyslogTime.startingIn(ZoneOffset.UTC, 2027);
    assertThat(SyslogLine.parse("Feb 28 10:00:00 h p: m", t)).isNotNull();
    assertThat(SyslogLine.parse("Feb 29 10:00:00 h p: m", t)).isNull();
    assertThat(t.currentYear()).isEqualTo(2027);
  }

  @Test
  void theAnchorIsAskedOnceWithTheFirstStampAndItsHost() {
    List<String> asked = new ArrayList<>();
    SyslogTime t = SyslogTime.anchored(ZoneOffset.UTC, (stamp, host) -> {
      asked.add(stamp.month() + "/" + stamp.day() + " " + host);
      return new AnchoredYear(2026, "test", false);
    });
    SyslogLine.parse("Dec 30 10:00:00 web01 p: m", t);
    SyslogLine.parse("Jan  2 10:00:00 db01 p: m", t);
    assertThat(asked).containsExactly("12/30 web01");
    assertThat(t.anchoredYear()).isEqualTo(new AnchoredYear(2026, "test", false));
    assertThat(t.currentYear()).isEqualTo(2027);
  }

  @Test
  void withoutAnAnswerNothingIsGuessed() {
    SyslogTime t = SyslogTime.anchored(ZoneOffset.UTC, (stamp, host) -> null);
    assertThat(SyslogLine.parse("Jan  5 10:00:00 h p: m", t)).isNull();
    assertThat(SyslogLine.parse("Jan  6 10:00:00 h p: m", t)).isNull();
    assertThat(t.unplaced()).isEqualTo(2);
    assertThat(t.placed()).isZero();
    // stamps that carry their year need no anchor
    assertThat(SyslogLine.parse("2026-01-05T10:00:00Z h p: m", t)).isNotNull();
  }

  /**
   * Property: any log whose consecutive lines are less than half a year apart (and at most a few
   * minutes out of order) reads back exactly from its year-less stamps, given its first year, over
   * years, new years and leap days.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void readsBackAnyLogWithGapsUnderHalfAYear(long seed) {
    Random r = new Random(seed);
    for (int trial = 0; trial < 40; trial++) {
      long t = us("2001-01-01T00:00:00Z") + (long) (r.nextDouble() * 30 * 365.25 * 86_400) * 1_000_000L;
      List<Long> times = new ArrayList<>();
      int n = 20 + r.nextInt(200);
      for (int i = 0; i < n; i++) {
        double kind = r.nextDouble();
        long gapSeconds = kind < 0.1 ? -r.nextInt(300) // a late line
            : kind < 0.3 ? r.nextInt(180) * 86_400L // up to ~6 months
            : r.nextInt(86_400 * 3);
        t += gapSeconds * 1_000_000L;
        times.add(t);
      }
      int firstYear = ZonedDateTime.ofInstant(Instant.ofEpochSecond(times.get(0) / 1_000_000L), ZoneOffset.UTC).getYear();
      SyslogTime time = SyslogTime.startingIn(ZoneOffset.UTC, firstYear);
      for (long expected : times) {
        SyslogLine l = SyslogLine.parse(line(expected), time);
        assertThat(l).as("seed %d trial %d: %s", seed, trial, line(expected)).isNotNull();
        assertThat(l.tsMicros()).as("seed %d trial %d: %s", seed, trial, line(expected)).isEqualTo(expected);
      }
    }
  }
}
