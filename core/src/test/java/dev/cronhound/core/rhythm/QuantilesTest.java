package dev.cronhound.core.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  @Test
  void medianMadAndBowleyOfKnownSamples() {
    double[] s = {1, 2, 3, 4, 100};
    assertThat(Quantiles.median(s)).isEqualTo(3);
    assertThat(Quantiles.mad(s)).isEqualTo(1);
    assertThat(Quantiles.quantile(s, 0.25)).isEqualTo(2);
    assertThat(Quantiles.quantile(s, 0.75)).isEqualTo(4);
    assertThat(Quantiles.bowleySkew(s)).isEqualTo(0);
    assertThat(Quantiles.bowleySkew(new double[] {1, 1, 1, 2, 10})).isCloseTo(1, within(1e-12));
    assertThat(Quantiles.bowleySkew(new double[] {5, 5, 5, 5})).isEqualTo(0);
    assertThat(Quantiles.median(new double[] {})).isNaN();
    assertThat(Quantiles.median(new double[] {4, 1})).isEqualTo(2.5);
  }

  @Test
  void clockPhaseConcentrationOnADailyClock() {
    double[] sameTime = {2 * 3600, 86400 + 2 * 3600, 2 * 86400 + 2 * 3600 + 60};
    assertThat(ClockPhase.meanResultantLength(sameTime, 86400)).isGreaterThan(0.99);
    assertThat(ClockPhase.meanPhaseSeconds(sameTime, 86400)).isCloseTo(7220, within(30.0));
    double[] spread = {0, 6 * 3600, 12 * 3600, 18 * 3600};
    assertThat(ClockPhase.meanResultantLength(spread, 86400)).isLessThan(1e-9);
    double[] acrossMidnight = {86400 - 60, 2 * 86400 + 60};
    assertThat(ClockPhase.meanPhaseSeconds(acrossMidnight, 86400)).satisfiesAnyOf(
        v -> assertThat(v).isLessThan(1), v -> assertThat(v).isGreaterThan(86399));
  }
}
