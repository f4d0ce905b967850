package dev.cronhound.cli.simulate;

/** What a crontab line's command does once cron has started {@code /bin/sh -c COMMAND}. */
interface CronJob {
  /** Never returns: the job runs until the host goes down. */
  long FOREVER = Long.MAX_VALUE;

  /**
   * Generates the work of {@code shell}, started at true time {@code t}; returns the true time
   * its last child exits, or {@link #FOREVER}.
   */
  long run(LinuxHost host, LinuxProcess shell, long t);
}
