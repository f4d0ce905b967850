package dev.cronhound.cli.simulate;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Linux process ids on one host: handed out in rising order, with gaps for the threads and
 * processes nobody logs (about 20 a minute), wrapping from {@code kernel.pid_max} (32768) back to
 * 300 and skipping pids still held, so that over a day or two every pid names many processes.
 * Pids are drawn in time order, which keeps them deterministic.
 */
final class PidSequence {
  static final int PID_MAX = 32768;
  static final int RESERVED = 300;
  private static final double CHURN_PER_SECOND = 0.35;

  private final SplittableRandom random;
  private final Map<Integer, LinuxProcess> holders = new HashMap<>();
  private final BitSet used = new BitSet(PID_MAX);
  private int last;
  private long lastTime;
  private long reuses;

  /** @param last the last pid handed out at {@code time} (the kernel threads of the boot) */
  PidSequence(SplittableRandom random, int last, long time) {
    this.random = random;
    this.last = last;
    this.lastTime = time;
  }

  /** The pid of {@code p}, which starts now: after the unlogged ones since the last, not held. */
  int next(LinuxProcess p) {
    long now = Math.max(lastTime, p.start);
    double expected = (now - lastTime) / (double) TimeWindow.SECOND * CHURN_PER_SECOND;
    long churn = (long) (expected * (0.5 + random.nextDouble())) + random.nextInt(3);
    lastTime = now;
    int pid = wrap(last + 1 + churn % (PID_MAX - RESERVED));
    while (held(pid, now)) {
      pid = wrap(pid + 1L);
    }
    if (used.get(pid)) {
      reuses++;
    }
    used.set(pid);
    holders.put(pid, p);
    last = pid;
    return pid;
  }

  private static int wrap(long pid) {
    return (int) (pid < PID_MAX ? pid : RESERVED + (pid - PID_MAX));
  }

  private boolean held(int pid, long now) {
    LinuxProcess h = holders.get(pid);
    return h != null && h.end > now;
  }

  /** How many times a pid was handed out again after its previous process ended. */
  long reuses() {
    return reuses;
  }
}
