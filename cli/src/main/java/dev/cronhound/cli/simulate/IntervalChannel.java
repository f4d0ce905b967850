package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/**
 * One host firing a {@link Beat} over and over with the gap between beats drawn uniformly from
 * {@code [minGap, maxGap]}: a jittered beacon. The first beat lands somewhere in the first gap.
 */
final class IntervalChannel implements Channel {
  private final SplittableRandom random;
  private final long minGap;
  private final long maxGap;
  private final Beat beat;
  private final BeatStats stats = new BeatStats();
  private long next;

  /** Gaps in microseconds. */
  IntervalChannel(SplittableRandom random, long windowStart, long minGap, long maxGap, Beat beat) {
    if (minGap <= 0 || maxGap < minGap) {
      throw new IllegalArgumentException("bad gap range " + minGap + ".." + maxGap);
    }
    this.random = random;
    this.minGap = minGap;
    this.maxGap = maxGap;
    this.beat = beat;
    this.next = windowStart + random.nextLong(maxGap);
  }

  @Override
  public void emit(long from, long to, Traffic traffic) {
    while (next < to) {
      stats.beat(next, beat.fire(random, next, traffic));
      next += minGap + random.nextLong(maxGap - minGap + 1);
    }
  }

  BeatStats stats() {
    return stats;
  }
}
