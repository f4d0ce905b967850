package dev.cronhound.core.rhythm;

/**
 * Circular statistics of event times on a clock of a given length (a day, an hour, a week): the
 * mean resultant length {@code R = |mean(exp(i * 2 pi * (t mod C) / C))|}, 1 when every event falls
 * at the same phase ("same time every day"), near 0 when phases are spread around the clock.
 */
public final class ClockPhase {

  private ClockPhase() {}

  /**
   * Mean resultant length of {@code timesSeconds} on a clock of {@code clockSeconds}.
   *
   * @return R in [0, 1], or NaN for an empty sample
   */
  public static double meanResultantLength(double[] timesSeconds, double clockSeconds) {
    if (timesSeconds.length == 0) {
      return Double.NaN;
    }
    double c = 0;
    double s = 0;
    for (double t : timesSeconds) {
      double phase = 2 * Math.PI * (Math.floorMod((long) Math.floor(t), (long) clockSeconds)
          + (t - Math.floor(t))) / clockSeconds;
      c += Math.cos(phase);
      s += Math.sin(phase);
    }
    return Math.min(1, Math.hypot(c, s) / timesSeconds.length);
  }

  /**
   * The circular mean phase in seconds on the clock, in [0, clockSeconds): for a daily clock, the
   * typical time of day.
   */
  public static double meanPhaseSeconds(double[] timesSeconds, double clockSeconds) {
    double c = 0;
    double s = 0;
    for (double t : timesSeconds) {
      double phase = 2 * Math.PI * Math.floorMod((long) Math.floor(t), (long) clockSeconds)
          / clockSeconds;
      c += Math.cos(phase);
      s += Math.sin(phase);
    }
    double angle = Math.atan2(s, c);
    if (angle < 0) {
      angle += 2 * Math.PI;
    }
    return angle / (2 * Math.PI) * clockSeconds;
  }
}
