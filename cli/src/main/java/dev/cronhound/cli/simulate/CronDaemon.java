package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;

import java.util.List;

/**
 * Debian's cron ({@code /usr/sbin/cron -f}, started by systemd at boot): wakes a second into each
 * minute of the host clock and, for every line due, forks a child that logs {@code CRON[pid]},
 * opens a PAM session for the user (audit USER_ACCT, CRED_ACQ, LOGIN, USER_START; syslog
 * {@code pam_unix(cron:session)}), logs the command, and starts {@code /bin/sh -c COMMAND} in the
 * user's home; when the shell exits it closes the session. {@code @reboot} lines run at startup.
 */
final class CronDaemon implements EstateActivity {
  private final LinuxHost host;
  private final List<CronEntry> entries;
  private LinuxProcess cron;

  CronDaemon(LinuxHost host, List<CronEntry> entries) {
    this.host = host;
    this.entries = List.copyOf(entries);
  }

  List<CronEntry> entries() {
    return entries;
  }

  /** systemd starts cron at true time {@code t}; the @reboot lines run right after. */
  void start(Systemd systemd, long t) {
    cron =
        systemd.startSimple(
            t,
            "cron",
            "Regular background program processing daemon",
            DebianPrograms.CRON,
            LinuxUser.ROOT,
            "/usr/sbin/cron",
            "-f");
    host.syslog(t + 4_000, "cron", cron, "(CRON) INFO (pidfile fd = 3)");
    host.syslog(t + 6_000, "cron", cron, "(CRON) INFO (Running @reboot jobs)");
    long at = t + 8_000;
    for (CronEntry e : entries) {
      if (e.schedule().isReboot()) {
        run(e, at);
        at += between(host.random(), 2_000, 9_000);
      }
    }
  }

  @Override
  public void emit(long from, long to) {
    long first = Math.floorDiv(host.clock(from) + MINUTE - 1, MINUTE) * MINUTE;
    for (long minute = first; host.trueTime(minute) < to; minute += MINUTE) {
      long at = host.trueTime(minute) + between(host.random(), 1_000_000, 1_150_000);
      if (!host.running(at) || at < cron.start - host.clockOffset) {
        continue;
      }
      for (CronEntry e : entries) {
        if (e.schedule().matches(minute)) {
          run(e, at);
          at += between(host.random(), 300, 2_000);
        }
      }
    }
  }

  private void run(CronEntry e, long t) {
    LinuxUser user = e.user();
    AuditSession session = host.session(user);
    LinuxProcess child = host.fork(t, cron, LinuxUser.ROOT, session, "(none)");
    AuditRecords records = host.records();
    host.audit(child, host.clock(t), () -> records.pamAccounting(child, user));
    host.audit(child, host.clock(t + 300), () -> records.pamCredentials(child, user));
    host.audit(child, host.clock(t + 600), () -> records.login(child, session));
    host.audit(child, host.clock(t + 900), () -> records.pamSessionOpen(child, session, user));
    host.syslog(
        t + 1_000,
        "CRON",
        child,
        "pam_unix(cron:session): session opened for user "
            + user.name()
            + "(uid="
            + user.uid()
            + ") by (uid=0)");
    long shellStart = t + between(host.random(), 2_000, 5_000);
    LinuxProcess shell =
        host.exec(
            shellStart,
            child,
            DebianPrograms.SH,
            List.of("/bin/sh", "-c", e.command()),
            user,
            session,
            user.home());
    // cron's grandchild logs CMD just before it executes the shell, so the line carries the shell's
    // pid (the pam_unix lines carry the child's): do_command.c in Vixie cron, Debian cron and cronie.
    host.syslog(shellStart - 200, "CRON", shell, "(" + user.name() + ") CMD (" + e.command() + ")");
    long done = e.job().run(host, shell, shellStart + between(host.random(), 1_000, 3_000));
    if (done == CronJob.FOREVER) {
      return;
    }
    long shellExit = done + between(host.random(), 300, 1_500);
    host.exit(shell, shellExit);
    long close = shellExit + between(host.random(), 500, 2_000);
    host.exit(child, close + 1_000);
    host.audit(child, host.clock(close), () -> records.pamCredentialsDropped(child, session, user));
    host.audit(child, host.clock(close + 300), () -> records.pamSessionClose(child, session, user));
    host.syslog(
        close + 400,
        "CRON",
        child,
        "pam_unix(cron:session): session closed for user " + user.name());
  }
}
