package dev.cronhound.cli.simulate;

import java.util.List;

/**
 * One line of {@code truth.json}: a planted case (with the analytic that must report it) or a
 * piece of benign automation (analytic null) that must not be reported, or only be silenced by
 * {@code allowlist}. Runs and connections are counted as they are generated.
 *
 * @param job the scheduled task's path, or null when no task is involved
 * @param image full path of the process that connects
 * @param destination the name connected to, or the address when there is no name
 * @param destIps the addresses the destination resolves to (the first is {@code dest_ip})
 * @param periodSeconds the schedule's period, or -1 when there is none
 * @param allowlist the allowlist entry that silences it, or null
 */
record EstateCase(
    String name,
    String analytic,
    String host,
    String job,
    String image,
    String user,
    String destination,
    List<String> destIps,
    int port,
    long periodSeconds,
    String allowlist,
    String note,
    Counts counts) {

  EstateCase {
    destIps = List.copyOf(destIps);
  }

  /** What was generated for a case. */
  static final class Counts {
    long runs;
    long connections;
    long first = Long.MIN_VALUE;
    long last = Long.MIN_VALUE;

    /** Counts a connection at true time {@code t}. */
    void connection(long t) {
      connections++;
      if (first == Long.MIN_VALUE) {
        first = t;
      }
      last = Math.max(last, t);
    }
  }

  /**
   * The line of a scheduled task's action: the job is the task's path, the user the account it
   * runs as, the period its trigger's.
   *
   * @param image the process that connects (the task's command, or a child it starts)
   */
  static EstateCase ofTask(
      String name,
      String analytic,
      Workstation host,
      ScheduledTask task,
      String image,
      Destination d,
      String allowlist,
      String note) {
    return of(
        name,
        analytic,
        host,
        task.path(),
        image,
        task.runAs().qualified(),
        d,
        task.trigger().periodSeconds(),
        allowlist,
        note);
  }

  static EstateCase of(
      String name,
      String analytic,
      Workstation host,
      String job,
      String image,
      String user,
      Destination d,
      long periodSeconds,
      String allowlist,
      String note) {
    return new EstateCase(
        name,
        analytic,
        host.name,
        job,
        image,
        user,
        d == null ? null : d.name(),
        d == null ? List.of() : d.addresses(),
        d == null ? -1 : d.port(),
        periodSeconds,
        allowlist,
        note,
        new Counts());
  }
}
