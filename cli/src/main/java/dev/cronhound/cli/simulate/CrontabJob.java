package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;
import java.util.function.Function;

/** A {@link CronJob} with its crontab line and, when it is listed in truth.json, its entry. */
abstract class CrontabJob implements CronJob {
  final SplittableRandom random;
  private final CronEntry entry;
  private final LinuxCase truth;

  /**
   * @param line the crontab line running this job
   * @param truth its truth entry given the line, or null when it is not listed
   */
  CrontabJob(
      SplittableRandom random,
      Function<CronJob, CronEntry> line,
      Function<CronEntry, LinuxCase> truth) {
    this.random = random;
    this.entry = line.apply(this);
    this.truth = truth == null ? null : truth.apply(entry);
  }

  CronEntry entry() {
    return entry;
  }

  /** The truth entry, or null. */
  LinuxCase truth() {
    return truth;
  }
}
