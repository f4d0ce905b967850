package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/**
 * The same periodic task on many hosts (updaters, NTP): each participating host fires on its own
 * phase with gaps drawn uniformly from {@code [minGap, maxGap]}. Regular, but shared by nearly
 * every host.
 */
final class FleetChannel implements Channel {
  /** What one host does when its timer fires. */
  @FunctionalInterface
  interface Task {
    void fire(SplittableRandom random, int host, long ts, Traffic traffic);
  }

  private final SplittableRandom random;
  private final long minGap;
  private final long maxGap;
  private final Task task;
  private final long[] next;
  private int participants;

  /**
   * @param share fraction of hosts that run the task
   * @param minGap microseconds
   * @param maxGap microseconds
   */
  FleetChannel(
      SplittableRandom random,
      int hosts,
      double share,
      long windowStart,
      long minGap,
      long maxGap,
      Task task) {
    this.random = random;
    this.minGap = minGap;
    this.maxGap = maxGap;
    this.task = task;
    this.next = new long[hosts];
    for (int h = 0; h < hosts; h++) {
      if (random.nextDouble() < share) {
        next[h] = windowStart + random.nextLong(maxGap);
        participants++;
      } else {
        next[h] = Long.MAX_VALUE;
      }
    }
  }

  @Override
  public void emit(long from, long to, Traffic traffic) {
    for (int h = 0; h < next.length; h++) {
      while (next[h] < to) {
        task.fire(random, h, next[h], traffic);
        next[h] += minGap + random.nextLong(maxGap - minGap + 1);
      }
    }
  }

  /** How many hosts run the task. */
  int participants() {
    return participants;
  }
}
