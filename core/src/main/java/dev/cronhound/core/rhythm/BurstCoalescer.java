package dev.cronhound.core.rhythm;

import java.util.Arrays;

/**
 * Folds bursts into single beats before any interval is measured: a daily job that opens 40
 * connections within two minutes is one beat, not 40.
 *
 * <p>Two passes. First, episodes closer than {@code burstGapSeconds} always merge (the ingest side
 * already does this online). Then the gap distribution decides: sort the gaps between episodes and
 * find the largest ratio between neighbours, {@code g[i+1] / g[i]}, among gaps no longer than {@code
 * maxBurstGapSeconds}. When that ratio is at least {@code burstSeparation}, the gaps split into two
 * populations, "within a burst" and "between beats", and every gap up to {@code g[i]} is merged. A
 * jittered beacon's gaps vary by a factor under 4 and are left alone; Poisson gaps have no such
 * cliff.
 */
public final class BurstCoalescer {

  private BurstCoalescer() {}

  /** Sorts (when needed) and coalesces; returns a new series or the input when nothing merged. */
  public static EpisodeSeries coalesce(EpisodeSeries in, RhythmTunables t) {
    EpisodeSeries sorted = sortByStart(in);
    long baseGap = (long) (t.burstGapSeconds() * 1e6);
    EpisodeSeries merged = mergeGapsUpTo(sorted, baseGap);
    long cut = adaptiveCut(merged, t);
    return cut > baseGap ? mergeGapsUpTo(merged, cut) : merged;
  }

  /** The largest within-burst gap in microseconds, or -1 when the gaps show no burst structure. */
  static long adaptiveCut(EpisodeSeries s, RhythmTunables t) {
    int n = s.size();
    if (n < 3) {
      return -1;
    }
    // Only gaps up to MaxBurstGapSeconds can be within-burst, plus the smallest gap above it (the
    // neighbour of the largest candidate); sort just those.
    long maxBurst = (long) (t.maxBurstGapSeconds() * 1e6);
    long[] gaps = new long[n - 1];
    int m = 0;
    long above = Long.MAX_VALUE;
    for (int i = 0; i + 1 < n; i++) {
      long g = Math.max(1, s.startMicros()[i + 1] - s.endMicros()[i]);
      if (g <= maxBurst) {
        gaps[m++] = g;
      } else {
        above = Math.min(above, g);
      }
    }
    if (m == 0) {
      return -1;
    }
    if (above != Long.MAX_VALUE) {
      gaps[m++] = above;
    }
    Arrays.sort(gaps, 0, m);
    double bestRatio = 0;
    long cut = -1;
    for (int i = 0; i + 1 < m && gaps[i] <= maxBurst; i++) {
      double ratio = (double) gaps[i + 1] / gaps[i];
      if (ratio > bestRatio) {
        bestRatio = ratio;
        cut = gaps[i];
      }
    }
    return bestRatio >= t.burstSeparation() ? cut : -1;
  }

  static EpisodeSeries mergeGapsUpTo(EpisodeSeries s, long maxGapMicros) {
    int n = s.size();
    if (n == 0) {
      return s;
    }
    long[] st = new long[n];
    long[] en = new long[n];
    long[] bo = new long[n];
    long[] bi = new long[n];
    int[] cn = new int[n];
    int m = -1;
    for (int i = 0; i < n; i++) {
      long start = s.startMicros()[i];
      if (m >= 0 && start - en[m] <= maxGapMicros) {
        en[m] = Math.max(en[m], s.endMicros()[i]);
        bo[m] += s.bytesOut()[i];
        bi[m] += s.bytesIn()[i];
        cn[m] += s.connections()[i];
      } else {
        m++;
        st[m] = start;
        en[m] = s.endMicros()[i];
        bo[m] = s.bytesOut()[i];
        bi[m] = s.bytesIn()[i];
        cn[m] = s.connections()[i];
      }
    }
    int size = m + 1;
    if (size == n) {
      return s;
    }
    return new EpisodeSeries(
        Arrays.copyOf(st, size),
        Arrays.copyOf(en, size),
        Arrays.copyOf(bo, size),
        Arrays.copyOf(bi, size),
        Arrays.copyOf(cn, size),
        s.bytesKnown());
  }

  static EpisodeSeries sortByStart(EpisodeSeries s) {
    long[] st = s.startMicros();
    boolean sorted = true;
    for (int i = 1; i < st.length && sorted; i++) {
      sorted = st[i - 1] <= st[i];
    }
    if (sorted) {
      return s;
    }
    Integer[] order = new Integer[st.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(st[a], st[b]));
    int n = order.length;
    long[] a = new long[n];
    long[] b = new long[n];
    long[] c = new long[n];
    long[] d = new long[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      int j = order[i];
      a[i] = st[j];
      b[i] = s.endMicros()[j];
      c[i] = s.bytesOut()[j];
      d[i] = s.bytesIn()[j];
      e[i] = s.connections()[j];
    }
    return new EpisodeSeries(a, b, c, d, e, s.bytesKnown());
  }
}
