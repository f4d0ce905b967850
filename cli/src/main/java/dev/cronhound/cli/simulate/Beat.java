package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/** What a scheduled single-host channel does each time it fires. */
@FunctionalInterface
interface Beat {
  /** Emits the connection(s) of one beat starting at {@code ts}; returns how many. */
  int fire(SplittableRandom random, long ts, Traffic traffic);
}
