package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  @Test
  void skippingRuleSkipsAnExactQuarterButNeverTheFirstTwoDays() {
    for (int days : new int[] {2, 3, 7, 28, 365}) {
      for (long seed = 0; seed < 20; seed++) {
        CalendarChannel.DayRule rule = CalendarChannel.skipping(0.25, 2, days);
        SplittableRandom random = new SplittableRandom(seed);
        int skipped = 0;
        for (int d = 0; d < days; d++) {
          CalendarChannel.Day day = rule.on(d, LocalDate.of(2026, 1, 5).plusDays(d), random);
          assertThat(day).isNotEqualTo(CalendarChannel.Day.OFF);
          if (day == CalendarChannel.Day.SKIP) {
            assertThat(d).isGreaterThanOrEqualTo(2);
            skipped++;
          }
        }
        assertThat(skipped).isEqualTo(Math.min(days - 2, Math.round(days * 0.25f)));
      }
    }
  }

  @Test
  void weeklyRuleRunsOnTheGivenDayOnly() {
    CalendarChannel.DayRule rule = CalendarChannel.weekly(DayOfWeek.SUNDAY);
    LocalDate monday = LocalDate.of(2026, 1, 5);
    assertThat(rule.on(0, monday, new SplittableRandom(1))).isEqualTo(CalendarChannel.Day.OFF);
    assertThat(rule.on(6, monday.plusDays(6), new SplittableRandom(1)))
        .isEqualTo(CalendarChannel.Day.RUN);
  }

  @Test
  void windowCountsCalendarDates() {
    TimeWindow midnight = TimeWindow.of(Instant.parse("2026-01-05T00:00:00Z"), 7);
    assertThat(midnight.dateCount()).isEqualTo(7);
    assertThat(midnight.end()).isEqualTo(Instant.parse("2026-01-12T00:00:00Z"));
    TimeWindow noon = TimeWindow.of(Instant.parse("2026-01-05T12:00:00Z"), 7);
    assertThat(noon.dateCount()).isEqualTo(8);
    assertThat(noon.date(1)).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(TimeWindow.weekend(noon.midnight(5))).isTrue();
    assertThat(TimeWindow.weekend(noon.midnight(4))).isFalse();
  }

  @Test
  void hostAddressesSkipNetworkAndBroadcastOctets() {
    assertThat(NetworkScenario.internalAddress(0)).isEqualTo("10.10.0.10");
    assertThat(NetworkScenario.internalAddress(244)).isEqualTo("10.10.0.254");
    assertThat(NetworkScenario.internalAddress(245)).isEqualTo("10.10.1.1");
    assertThat(NetworkScenario.internalAddress(498)).isEqualTo("10.10.1.254");
    assertThat(NetworkScenario.internalAddress(499)).isEqualTo("10.10.2.1");
    assertThat(NetworkScenario.internalAddress(SimulationOptions.MAX_HOSTS - 1))
        .matches("10\\.10\\.\\d{1,3}\\.\\d{1,3}");
  }
}
