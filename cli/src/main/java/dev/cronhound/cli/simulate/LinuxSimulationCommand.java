package dev.cronhound.cli.simulate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cronhound simulate linux}: writes the auditd, syslog and scheduling files of a few Debian
 * servers with benign automation and three planted cron/timer exfiltration cases, the matching
 * Zeek logs, and {@code truth.json}.
 */
@Command(
    name = "linux",
    sortOptions = false,
    description = {
      "Write a synthetic Linux estate: Debian servers web01, db01, app01, app02, ... (10.30.0.11"
          + " upwards) booted at the start, with auditd execve/connect events, syslog (cron,"
          + " systemd, sshd), their crontabs and timer units. Benign automation (logrotate via"
          + " cron.daily, apt-daily and certbot timers, a nightly rsync backup over ssh, a"
          + " monitoring agent, ssh logins) and three planted cases: cron-curl-upload (web01),"
          + " hourly-timer-python (db01), reboot-loop-jitter (app01).",
      "Layout: DIR/HOST/audit.log (auditd raw log), DIR/HOST/syslog (RFC 3164),"
          + " DIR/HOST/crontabs/USER, DIR/HOST/etc/crontab, DIR/HOST/etc/cron.d/*,"
          + " DIR/HOST/systemd/*.timer and *.service, DIR/zeek/conn.log and DIR/zeek/dns.log"
          + " (Zeek TSV), DIR/truth.json.",
      "The same options always produce byte-identical files."
    })
public final class LinuxSimulationCommand extends EstateSimulationCommand {
  @Option(
      names = "--hosts",
      paramLabel = "N",
      defaultValue = "4",
      description = "Servers, at least 3 (default: ${DEFAULT-VALUE}).")
  private int hosts;

  @Override
  String simulate() throws Exception {
    LinuxSimulationSummary s =
        LinuxSimulation.run(new LinuxSimulationOptions(run.seed, run.days, start.start, hosts, out));
    return "wrote "
        + HostCounts.total(s.auditEvents())
        + " audit events and "
        + HostCounts.total(s.syslogLines())
        + " syslog lines ("
        + HostCounts.perHost(s.auditEvents())
        + "), "
        + s.conn()
        + " conn and "
        + s.dns()
        + " dns records and "
        + TruthFile.NAME
        + " to "
        + s.out();
  }
}
