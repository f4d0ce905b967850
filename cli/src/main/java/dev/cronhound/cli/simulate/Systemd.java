package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.Locale;

/**
 * systemd (pid 1) of one host starting and stopping services, as systemd 252 logs it: {@code
 * Starting UNIT - DESCRIPTION...} when a unit has an activating phase, {@code Started ...} once it
 * runs, {@code UNIT: Deactivated successfully.} and {@code UNIT: Consumed 1.234s CPU time.} when it
 * exits, {@code Finished ...} for a oneshot; with the audit SERVICE_START/SERVICE_STOP records.
 * Service processes are children of pid 1 with no login session, in {@code /}.
 */
final class Systemd {
  private final LinuxHost host;

  Systemd(LinuxHost host) {
    this.host = host;
  }

  LinuxProcess pid1() {
    return host.systemd;
  }

  /** Execs a service's command line as {@code user} at true time {@code t}. */
  LinuxProcess exec(long t, Program program, LinuxUser user, String... argv) {
    return host.exec(t, host.systemd, program, List.of(argv), user, AuditSession.UNSET, "/");
  }

  /** A {@code Type=simple} service (no activating phase): only {@code Started ...}. */
  LinuxProcess startSimple(
      long t, String unit, String description, Program program, LinuxUser user, String... argv) {
    LinuxProcess p = exec(t, program, user, argv);
    started(t + 400, unit, description);
    return p;
  }

  /** {@code Starting UNIT.service - DESCRIPTION...} */
  void starting(long t, String unit, String description) {
    host.syslog(t, "systemd", host.systemd, "Starting " + unit + ".service - " + description + "...");
  }

  /** {@code Started UNIT.service - DESCRIPTION.} and SERVICE_START. */
  void started(long t, String unit, String description) {
    host.syslog(t, "systemd", host.systemd, "Started " + unit + ".service - " + description + ".");
    serviceRecord(t, "SERVICE_START", unit);
  }

  /** The service's main process exited at {@code t}: deactivated, CPU consumed, SERVICE_STOP. */
  void deactivated(long t, String unit, long cpuMillis) {
    host.syslog(t, "systemd", host.systemd, unit + ".service: Deactivated successfully.");
    if (cpuMillis > 0) {
      host.syslog(
          t + 150,
          "systemd",
          host.systemd,
          String.format(
              Locale.ROOT, "%s.service: Consumed %.3fs CPU time.", unit, cpuMillis / 1000.0));
    }
    serviceRecord(t + 100, "SERVICE_STOP", unit);
  }

  /** A oneshot service finished at {@code t}: SERVICE_START, deactivated, {@code Finished ...}. */
  void finished(long t, String unit, String description, long cpuMillis) {
    serviceRecord(t, "SERVICE_START", unit);
    deactivated(t + 50, unit, 0);
    host.syslog(t + 120, "systemd", host.systemd, "Finished " + unit + ".service - " + description + ".");
    if (cpuMillis > 0) {
      host.syslog(
          t + 170,
          "systemd",
          host.systemd,
          String.format(
              Locale.ROOT, "%s.service: Consumed %.3fs CPU time.", unit, cpuMillis / 1000.0));
    }
  }

  private void serviceRecord(long t, String type, String unit) {
    host.audit(host.systemd, host.clock(t), () -> AuditRecords.service(type, unit, true));
  }
}
