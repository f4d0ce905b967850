package dev.cronhound.cli.simulate;

/**
 * One job line of a crontab: the file it is in (relative to the host's directory), the line
 * exactly as written, the user it runs as, its schedule and command (what cron logs as {@code
 * CMD}), and what the command does.
 */
record CronEntry(
    String file, String line, LinuxUser user, CronSchedule schedule, String command, CronJob job) {

  /** A line of {@code user}'s own crontab ({@code crontabs/USER}): schedule and command. */
  static CronEntry user(LinuxUser user, String schedule, String command, CronJob job) {
    return new CronEntry(
        "crontabs/" + user.name(),
        schedule + " " + command,
        user,
        new CronSchedule(schedule),
        command,
        job);
  }

  /** A line of a system crontab ({@code etc/crontab}, {@code etc/cron.d/*}), with a user field. */
  static CronEntry system(
      String file, String schedule, String separator, LinuxUser user, String command, CronJob job) {
    return new CronEntry(
        file,
        schedule + separator + user.name() + separator + command,
        user,
        new CronSchedule(schedule),
        command,
        job);
  }
}
