package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/** How long moving some bytes takes at a throughput drawn from a range, plus setup time. */
final class Throughput {
  private Throughput() {}

  /**
   * Microseconds to move {@code bytes} at a uniform draw from {@code [loMBps, hiMBps)} megabytes a
   * second, after a TCP and TLS setup of 60-250 ms.
   */
  static long duration(SplittableRandom random, long bytes, double loMBps, double hiMBps) {
    double rate = loMBps + random.nextDouble() * (hiMBps - loMBps);
    return 60_000 + random.nextLong(190_000) + (long) (bytes / rate);
  }
}
