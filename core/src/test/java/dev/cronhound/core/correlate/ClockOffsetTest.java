package dev.cronhound.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClockOffsetTest {

  private static final long S = 1_000_000L;

  @Test
  void theOffsetIsTheMedianDifferenceAndTheSpreadTheFarthestMatchKept() {
    long[] d = {176 * S + 500_000, 170 * S, 181 * S, 176 * S, 177 * S};
    ClockOffset c = ClockOffset.estimate("ACCT01", d, d.length, 5, 600 * S);
    assertThat(c).isEqualTo(new ClockOffset("ACCT01", 5, 5, 176_500_000L, 6_500_000L, 5));
    assertThat(c.estimated()).isTrue();
    assertThat(c.toleranceMicros(5 * S)).isEqualTo(11_500_000L);
    assertThat(c.describe()).isEqualTo("ACCT01: clock +177 s against the sensor (spread 7 s), from 5 matches");
  }

  @Test
  void anEvenCountTakesTheMeanOfTheMiddleTwoAndDaysAreSaidInDays() {
    long[] d = {-483_282 * S, -483_275 * S, -483_285 * S, -483_276 * S};
    ClockOffset c = ClockOffset.estimate("mkt01", d, d.length, 4, 600 * S);
    assertThat(c.offsetMicros()).isEqualTo(-483_279_000_000L);
    assertThat(c.spreadMicros()).isEqualTo(6 * S);
    assertThat(c.describe()).isEqualTo("mkt01: clock -483279 s (-5.6 days) against the sensor (spread 6 s), from 4 matches");
  }

  @Test
  void aMatchBeyondMaxSpreadIsLeftOutOfTheSpreadNotOfTheMedian() {
    long[] d = {10 * S, 11 * S, 12 * S, 13 * S, 9 * 3600 * S};
    ClockOffset c = ClockOffset.estimate("h", d, d.length, 4, 600 * S);
    assertThat(c).isEqualTo(new ClockOffset("h", 5, 4, 12 * S, 2 * S, 4));
    assertThat(c.describe()).isEqualTo("h: clock +12 s against the sensor (spread 2 s), from 4 matches (1 further off left out)");
  }

  @Test
  void tooFewMatchesGiveNoOffsetAndSayWhy() {
    ClockOffset none = ClockOffset.estimate("web01", new long[0], 0, 5, 600 * S);
    assertThat(none.estimated()).isFalse();
    assertThat(none.toleranceMicros(5 * S)).isEqualTo(5 * S);
    assertThat(none.describe()).isEqualTo(
        "web01: no clock offset estimated: no candidate matches (no flow shares a 5-tuple with exactly one of its"
            + " connections); joined as logged");
    long[] d = {3 * S, 4 * S, 5 * S};
    ClockOffset few = ClockOffset.estimate("web01", d, 3, 5, 600 * S);
    assertThat(few).isEqualTo(new ClockOffset("web01", 3, 3, 0, 0, 5));
    assertThat(few.reason()).isEqualTo("3 unambiguous matches within ClockMaxSpread of the median, fewer than ClockMinMatches 5");
  }
}
