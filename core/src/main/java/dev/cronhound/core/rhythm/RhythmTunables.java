package dev.cronhound.core.rhythm;

import dev.cronhound.core.tuning.Tunable;

/**
 * Every threshold of the rhythm analytic, with its default in {@link #DEFAULTS}. Weights need not
 * sum to 1: the score is the weighted mean over the parts that apply.
 */
public record RhythmTunables(
    @Tunable("Connections closer than this many seconds are one episode, always.")
        double burstGapSeconds,
    @Tunable("Gaps longer than this are never treated as within-burst, whatever the gap histogram says.")
        double maxBurstGapSeconds,
    @Tunable("Ratio between neighbouring sorted gaps that marks the edge between within-burst and between-beat gaps.")
        double burstSeparation,
    @Tunable("Fewest episodes (beats) a channel needs before its rhythm is scored.")
        int minEpisodes,
    @Tunable("Median absolute deviation of the intervals, as a fraction of their median, that scores 0 on dispersion.")
        double madCeiling,
    @Tunable("Half-width, as a fraction of the period, of the band around each expected beat that counts as on the grid.")
        double gridBand,
    @Tunable("Shortest period, in seconds, for which time-of-day (clock phase) concentration is scored.")
        double timeOfDayMinPeriodSeconds,
    @Tunable("Relative median absolute deviation of bytes per episode that scores 0 on size consistency.")
        double sizeMadCeiling,
    @Tunable("Weight of interval dispersion (MAD of the intervals over their median).") double weightDispersion,
    @Tunable("Weight of interval skew (Bowley, on intervals with missed beats folded back onto the period grid).") double weightSkew,
    @Tunable("Weight of interval-histogram concentration on the period grid.") double weightHistogram,
    @Tunable("Weight of coverage of the observation window.") double weightCoverage,
    @Tunable("Weight of time-of-day (clock phase) concentration.") double weightTimeOfDay,
    @Tunable("Weight of data-size consistency.") double weightSize) {

  public static final RhythmTunables DEFAULTS =
      new RhythmTunables(1.0, 600, 8, 4, 0.5, 0.25, 3600, 1.0, 0.30, 0.10, 0.20, 0.15, 0.10, 0.15);

  public RhythmTunables {
    if (minEpisodes < 3) {
      throw new IllegalArgumentException("MinEpisodes must be at least 3 (two intervals)");
    }
    if (burstGapSeconds < 0 || maxBurstGapSeconds < burstGapSeconds) {
      throw new IllegalArgumentException("BurstGapSeconds must be >= 0 and <= MaxBurstGapSeconds");
    }
    if (madCeiling <= 0 || gridBand <= 0 || gridBand >= 0.5 || sizeMadCeiling <= 0) {
      throw new IllegalArgumentException("MadCeiling, SizeMadCeiling > 0 and 0 < GridBand < 0.5");
    }
  }
}
