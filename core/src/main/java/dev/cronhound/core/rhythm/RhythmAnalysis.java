package dev.cronhound.core.rhythm;

import dev.cronhound.core.finding.NoteNumbers;
import dev.cronhound.core.finding.ScorePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores how regularly a channel beats. Pure function of the channel's episodes and the observation
 * window.
 *
 * <p>Steps: (1) coalesce bursts ({@link BurstCoalescer}); (2) intervals {@code I_j} between beat
 * starts; (3) period {@code P} = median of the intervals within {@code GridBand} of {@code
 * median(I)}; (4) each interval's beat count {@code k_j = max(1, round(I_j / P))} and residual
 * {@code d_j = (I_j - k_j P) / P}, so a missed beat (an interval of 2P) lands back on the grid.
 *
 * <p>Parts, each in [0, 1]:
 *
 * <ul>
 *   <li>{@code dispersion = 1 - min(1, (MAD(I) / median(I)) / MadCeiling)}, on raw intervals
 *   <li>{@code skew = 1 - |Bowley(d)|}, Bowley = (Q3 + Q1 - 2 Q2) / (Q3 - Q1)
 *   <li>{@code histogram} = share of intervals on the period grid: {@code |d_j| <= GridBand} and
 *       {@code I_j >= P / 2} (an interval shorter than half a period is off-beat)
 *   <li>{@code coverage} = share of the {@code round(A / P) + 1} period-long slots of the time the
 *       channel was active (A, first to last beat; slots centred on the grid from the first beat)
 *       that hold a beat: 1 for a beacon that never missed, 0.7 with 30% of beats missing, about 0.5
 *       for Poisson arrivals. A channel is not marked down for the time it did not exist (a C2 that
 *       moves every few hours); how much evidence a short series gives is the chance modifier's
 *       business ({@link ChanceRegularity}). The note gives A and the observation window W (the
 *       time the source was observed, from the caller)
 *   <li>{@code time_of_day} = mean resultant length R of beat starts on a clock of C seconds, C the
 *       period rounded to whole hours (under 20 h) or whole days; only for {@code P >=
 *       TimeOfDayMinPeriodSeconds}
 *   <li>{@code size = 1 - min(1, (MAD(b) / median(b)) / SizeMadCeiling)} over bytes out per beat;
 *       only when bytes are known
 * </ul>
 *
 * {@code score = sum(w_i v_i) / sum(w_i)} over the parts that apply.
 */
public final class RhythmAnalysis {

  private static final double HOUR = 3600;
  private static final double DAY = 86400;

  private RhythmAnalysis() {}

  /**
   * Scores {@code series} seen within {@code [windowStartMicros, windowEndMicros]}; empty when the
   * channel has fewer than {@code MinEpisodes} beats.
   */
  public static Optional<RhythmScore> analyze(
      EpisodeSeries series, long windowStartMicros, long windowEndMicros, RhythmTunables t) {
    return analyze(series, windowStartMicros, windowEndMicros, t, 0);
  }

  /**
   * As {@link #analyze(EpisodeSeries, long, long, RhythmTunables)}, on the grid of a period known in
   * advance (a scheduled task's trigger) when {@code schedulePeriodSeconds > 0} and the median
   * interval is between half and four times it (a daily job that skipped days still runs daily; a
   * job whose transfers do not follow its trigger is scored on its own rhythm). On that grid,
   * {@code dispersion} measures the MAD of the offsets from the schedule (residuals {@code d_j}, a
   * fraction of the period) instead of the raw intervals, so skipped runs do not count as jitter.
   */
  public static Optional<RhythmScore> analyze(
      EpisodeSeries series, long windowStartMicros, long windowEndMicros, RhythmTunables t,
      double schedulePeriodSeconds) {
    EpisodeSeries s = BurstCoalescer.coalesce(series, t);
    int n = s.size();
    if (n < t.minEpisodes()) {
      return Optional.empty();
    }
    long[] starts = s.startMicros();
    double[] intervals = new double[n - 1];
    for (int j = 0; j + 1 < n; j++) {
      intervals[j] = (starts[j + 1] - starts[j]) / 1e6;
    }
    double median = Quantiles.median(intervals);
    boolean scheduled = schedulePeriodSeconds > 0
        && median >= schedulePeriodSeconds / 2 && median <= 4 * schedulePeriodSeconds;
    double period = scheduled ? schedulePeriodSeconds : estimatePeriod(intervals, t.gridBand());
    if (!(period > 0)) {
      return Optional.empty();
    }
    double[] residual = new double[intervals.length];
    long beatsExpected = 0;
    int onGrid = 0;
    for (int j = 0; j < intervals.length; j++) {
      long k = Math.max(1, Math.round(intervals[j] / period));
      beatsExpected += k;
      residual[j] = (intervals[j] - k * period) / period;
      if (Math.abs(residual[j]) <= t.gridBand() && intervals[j] >= period / 2) {
        onGrid++;
      }
    }
    double jitter = scheduled ? Quantiles.mad(residual) : Quantiles.mad(intervals) / median;
    double windowSeconds = Math.max(period, (windowEndMicros - windowStartMicros) / 1e6);

    List<ScorePart> parts = new ArrayList<>();
    parts.add(
        new ScorePart(
            "dispersion",
            clamp01(1 - jitter / t.madCeiling()),
            t.weightDispersion(),
            scheduled
                ? "MAD of the offsets from the schedule is " + NoteNumbers.percent(jitter, 1) + "% of its period"
                : "MAD of intervals is " + NoteNumbers.percent(jitter, 1) + "% of their median"));
    double skew = Quantiles.bowleySkew(residual);
    parts.add(
        new ScorePart(
            "skew", clamp01(1 - Math.abs(skew)), t.weightSkew(), "Bowley skew " + NoteNumbers.fixed(skew, 2)));
    double grid = (double) onGrid / intervals.length;
    parts.add(
        new ScorePart(
            "histogram",
            grid,
            t.weightHistogram(),
            onGrid + " of " + intervals.length + " intervals within " + NoteNumbers.percent(t.gridBand(), 0)
                + "% of the period of a beat"));
    double activeSeconds = (starts[n - 1] - starts[0]) / 1e6;
    long slots = Math.max(1, Math.round(activeSeconds / period) + 1);
    long occupied = occupiedSlots(starts, starts[0] - (long) (period * 5e5), period, slots);
    double coverage = clamp01((double) occupied / slots);
    parts.add(
        new ScorePart(
            "coverage",
            coverage,
            t.weightCoverage(),
            "beats in " + occupied + " of " + slots + " period-long slots while active ("
                + NoteNumbers.fixed(activeSeconds / HOUR, 1) + " h of a " + NoteNumbers.fixed(windowSeconds / HOUR, 1)
                + " h window)"));

    double clock = 0;
    double phase = 0;
    if (period >= t.timeOfDayMinPeriodSeconds()) {
      clock = clockFor(period);
      double[] startSeconds = new double[n];
      for (int i = 0; i < n; i++) {
        startSeconds[i] = starts[i] / 1e6;
      }
      double r = ClockPhase.meanResultantLength(startSeconds, clock);
      phase = ClockPhase.meanPhaseSeconds(startSeconds, clock);
      parts.add(
          new ScorePart(
              "time_of_day",
              r,
              t.weightTimeOfDay(),
              "beats at " + phaseText(phase) + " on a " + clockText(clock) + " clock (R="
                  + NoteNumbers.fixed(r, 2) + ")"));
    } else {
      parts.add(ScorePart.notApplicable("time_of_day", "period under " + (long) t.timeOfDayMinPeriodSeconds() + " s"));
    }

    parts.add(sizePart(s, t));

    double num = 0;
    double den = 0;
    for (ScorePart p : parts) {
      num += p.weight() * p.value();
      den += p.weight();
    }
    double score = den == 0 ? 0 : clamp01(num / den);
    long conns = 0;
    for (int c : s.connections()) {
      conns += c;
    }
    double missing = beatsExpected == 0 ? 0 : 1 - (double) intervals.length / beatsExpected;
    return Optional.of(
        new RhythmScore(score, period, jitter, missing, n, conns, clock, phase, parts, starts));
  }

  /**
   * The period: the median interval, refined to the median of the intervals that lie within {@code
   * band} of it. Missed beats (intervals of 2P, 3P) move the median only when they are the majority.
   */
  static double estimatePeriod(double[] intervals, double band) {
    double median = Quantiles.median(intervals);
    double[] near = new double[intervals.length];
    int m = 0;
    for (double i : intervals) {
      if (Math.abs(i - median) <= band * median) {
        near[m++] = i;
      }
    }
    return m * 2 >= intervals.length
        ? Quantiles.quantileInPlace(java.util.Arrays.copyOf(near, m), 0.5)
        : median;
  }

  /** Distinct period-long slots of the window that hold at least one beat start. */
  static long occupiedSlots(long[] starts, long windowStartMicros, double period, long slots) {
    long occupied = 0;
    long last = -1;
    for (long s : starts) {
      long slot = Math.min(slots - 1, Math.max(0, (long) Math.floor((s - windowStartMicros) / 1e6 / period)));
      if (slot != last) {
        occupied++;
        last = slot;
      }
    }
    return occupied;
  }

  static double clockFor(double period) {
    if (period < 20 * HOUR) {
      return Math.max(1, Math.round(period / HOUR)) * HOUR;
    }
    return Math.max(1, Math.round(period / DAY)) * DAY;
  }

  private static ScorePart sizePart(EpisodeSeries s, RhythmTunables t) {
    if (!s.bytesKnown()) {
      return ScorePart.notApplicable("size", "bytes not known for every connection");
    }
    double[] b = new double[s.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = s.bytesOut()[i];
    }
    double median = Quantiles.median(b);
    double mad = Quantiles.mad(b);
    double rel = median > 0 ? mad / median : (mad == 0 ? 0 : 1);
    return new ScorePart(
        "size",
        clamp01(1 - rel / t.sizeMadCeiling()),
        t.weightSize(),
        "bytes out per beat: median " + NoteNumbers.fixed(median, 0) + ", MAD " + NoteNumbers.fixed(mad, 0));
  }

  private static String phaseText(double phaseSeconds) {
    long s = Math.round(phaseSeconds);
    long days = s / (long) DAY;
    long rem = s % (long) DAY;
    String hms = NoteNumbers.two(rem / 3600) + ":" + NoteNumbers.two((rem / 60) % 60) + ":" + NoteNumbers.two(rem % 60);
    return days > 0 ? "+" + days + "d " + hms : hms;
  }

  private static String clockText(double clock) {
    if (clock % DAY == 0) {
      return (long) (clock / DAY) + "-day";
    }
    return (long) (clock / HOUR) + "-hour";
  }

  static double clamp01(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }
}
