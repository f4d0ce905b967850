package dev.cronhound.cli.simulate;

/** Something that happens in the Windows estate over and over: a task, a service, a user. */
interface EstateActivity {
  /** Generates everything that starts in {@code [from, to)} (true time, epoch microseconds). */
  void emit(long from, long to);

  /** A uniform draw from {@code [lo, hi)}. */
  static long between(java.util.SplittableRandom random, long lo, long hi) {
    return lo + random.nextLong(hi - lo);
  }
}
