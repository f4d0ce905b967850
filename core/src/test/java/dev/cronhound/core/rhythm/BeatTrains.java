package dev.cronhound.core.rhythm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded generators of beat trains for property tests: perfect, jittered (Cobalt Strike style: each
 * sleep is the period shortened by up to {@code jitter} of itself), with missed beats, and Poisson
 * arrivals. Byte sizes are drawn the same way for every kind so size consistency cannot tell them
 * apart.
 */
final class BeatTrains {

  static final long EPOCH = 1_767_225_600_000_000L; // 2026-01-01T00:00:00Z in micros

  final long[] startsMicros;
  final long[] bytesOut;
  final long windowStart;
  final long windowEnd;

  private BeatTrains(long[] starts, long[] bytes, long windowStart, long windowEnd) {
    this.startsMicros = starts;
    this.bytesOut = bytes;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  EpisodeSeries series() {
    return EpisodeSeries.ofTimes(startsMicros, bytesOut);
  }

  RhythmScore score() {
    return RhythmAnalysis.analyze(series(), windowStart, windowEnd, RhythmTunables.DEFAULTS)
        .orElseThrow();
  }

  /**
   * Beats every {@code period} seconds over {@code beats} periods, each sleep shortened by a uniform
   * share in [0, jitter], each beat dropped with probability {@code missing}.
   */
  static BeatTrains beacon(SplittableRandom r, double period, int beats, double jitter, double missing) {
    long start = EPOCH + (long) (r.nextDouble() * period * 1e6);
    long[] t = new long[beats];
    long[] b = new long[beats];
    int n = 0;
    double now = 0;
    for (int i = 0; i < beats; i++) {
      if (i < 2 || r.nextDouble() >= missing) {
        t[n] = start + (long) (now * 1e6);
        b[n] = bytes(r);
        n++;
      }
      now += period * (1 - jitter * r.nextDouble());
    }
    long end = start + (long) (now * 1e6);
    return new BeatTrains(Arrays.copyOf(t, n), Arrays.copyOf(b, n), start, end);
  }

  /** Poisson arrivals with mean gap {@code meanGap} seconds, {@code count} of them. */
  static BeatTrains poisson(SplittableRandom r, double meanGap, int count) {
    long start = EPOCH;
    long[] t = new long[count];
    long[] b = new long[count];
    double now = 0;
    for (int i = 0; i < count; i++) {
      t[i] = start + (long) (now * 1e6);
      b[i] = bytes(r);
      now += -meanGap * Math.log(1 - r.nextDouble());
    }
    return new BeatTrains(t, b, start, start + (long) (now * 1e6));
  }

  private static long bytes(SplittableRandom r) {
    return 2000 + r.nextInt(400);
  }
}
