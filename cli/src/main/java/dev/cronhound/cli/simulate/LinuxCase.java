package dev.cronhound.cli.simulate;

/**
 * One entry of the Linux estate's {@code truth.json}: a planted case (with the analytic that must
 * report it) or benign automation (analytic null) that must not be reported, or only be silenced
 * by {@code allowlist}. Runs and connections are counted as they are generated.
 *
 * @param job the crontab line or timer unit exactly as written, or the service of a daemon
 * @param schedule the cron expression or {@code OnCalendar=}, or null for a daemon
 * @param image {@code exe} of the process that connects (or does the work, without network)
 * @param destination the name connected to, the address when there is no name, or null
 * @param destIp the address connected to, or null
 * @param port the destination port, or -1 without network
 */
record LinuxCase(
    String name,
    String analytic,
    String host,
    String job,
    String schedule,
    String user,
    String image,
    String destination,
    String destIp,
    int port,
    long periodSeconds,
    String allowlist,
    String note,
    EstateCase.Counts counts) {

  /** A case connecting to {@code d} (its first address). */
  static LinuxCase to(
      String name,
      String analytic,
      LinuxHost host,
      String job,
      String schedule,
      LinuxUser user,
      Program image,
      Destination d,
      long periodSeconds,
      String allowlist,
      String note) {
    return new LinuxCase(
        name,
        analytic,
        host.name,
        job,
        schedule,
        user.name(),
        image.exe(),
        d == null ? null : d.name(),
        d == null ? null : d.addresses().get(0),
        d == null ? -1 : d.port(),
        periodSeconds,
        allowlist,
        note,
        new EstateCase.Counts());
  }

  /** A case of {@code entry}: its line as the job, its schedule in single spaces. */
  static LinuxCase ofCron(
      String name,
      String analytic,
      LinuxHost host,
      CronEntry entry,
      Program image,
      Destination d,
      long periodSeconds,
      String allowlist,
      String note) {
    return to(
        name,
        analytic,
        host,
        entry.line(),
        entry.schedule().text.replaceAll("\\s+", " "),
        entry.user(),
        image,
        d,
        periodSeconds,
        allowlist,
        note);
  }
}
