package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The process ids of one host: a small set of multiples of four, each free again once the process
 * holding it has ended, so that over days the same pid names many processes (as on Windows).
 * Assignments happen in time order, which keeps them deterministic.
 */
final class PidPool {
  private static final int INITIAL = 48;

  private final SplittableRandom random;
  private final List<Long> pids = new ArrayList<>();
  private final List<Long> busyUntil = new ArrayList<>();
  private final List<Long> reserved;
  private long reuses;

  /** @param reserved pids of unlogged processes, never handed out */
  PidPool(SplittableRandom random, List<Long> reserved) {
    this.random = random;
    this.reserved = List.copyOf(reserved);
    for (int i = 0; i < INITIAL; i++) {
      grow();
    }
  }

  private int grow() {
    while (true) {
      long pid = 4L * (150 + random.nextInt(3400));
      if (!pids.contains(pid) && !reserved.contains(pid)) {
        pids.add(pid);
        busyUntil.add(Long.MIN_VALUE);
        return pids.size() - 1;
      }
    }
  }

  /** Gives {@code p} a pid free at its start, held until its end. */
  void assign(WinProcess p) {
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < pids.size(); i++) {
      if (busyUntil.get(i) < p.start) {
        free.add(i);
      }
    }
    int i = free.isEmpty() ? grow() : free.get(random.nextInt(free.size()));
    if (busyUntil.get(i) != Long.MIN_VALUE) {
      reuses++;
    }
    busyUntil.set(i, p.end);
    p.assignPid(pids.get(i));
  }

  /** How many times a pid was handed out again after its previous process ended. */
  long reuses() {
    return reuses;
  }
}
