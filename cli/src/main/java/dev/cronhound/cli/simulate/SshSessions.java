package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Interactive noise: {@code admin} logs in over SSH from the bastion (10.30.0.5) a few times on
 * work days (rarely at weekends) between 09:00 and 18:00, runs a few commands in a login bash on
 * {@code pts0} and logs out. sshd re-execs itself per connection ({@code sshd -D -R}); logind
 * names the session after its audit session id.
 */
final class SshSessions implements EstateActivity {
  static final String BASTION = "10.30.0.5";
  private static final String KEY = "SHA256:Jw3R0qk1vOe8hT2Zr6bW5m9yXcQeLpA4sKdUfN7iG0E";
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("uptime"),
          List.of("df", "-h"),
          List.of("free", "-m"),
          List.of("systemctl", "status", "cron"),
          List.of("tail", "-n", "50", "/var/log/syslog"),
          List.of("ls", "-la"),
          List.of("ps", "aux"),
          List.of("journalctl", "-u", "ssh", "--since", "today"));

  private final LinuxHost host;
  private final SplittableRandom random;

  SshSessions(LinuxHost host, SplittableRandom random) {
    this.host = host;
    this.random = random;
  }

  @Override
  public void emit(long from, long to) {
    long day = Math.floorDiv(from, TimeWindow.DAY) * TimeWindow.DAY;
    int logins = TimeWindow.weekend(from) ? random.nextInt(4) == 0 ? 1 : 0 : random.nextInt(4);
    for (int i = 0; i < logins; i++) {
      long t = day + 9 * HOUR + random.nextLong(9 * HOUR);
      if (t >= from && t < to && host.running(t)) {
        session(t);
      }
    }
  }

  private void session(long t) {
    LinuxProcess conn =
        host.exec(
            t,
            host.sshd,
            DebianPrograms.SSHD,
            List.of("/usr/sbin/sshd", "-D", "-R"),
            LinuxUser.ROOT,
            AuditSession.UNSET,
            "/");
    int port = 40000 + random.nextInt(25000);
    String from = BASTION + " port " + port;
    long at = t + between(random, 150_000, 400_000);
    host.syslog(at, "sshd", conn, "Accepted publickey for admin from " + from + " ssh2: ED25519 " + KEY);
    AuditSession session = host.session(LinuxUser.ADMIN);
    LinuxProcess user = host.fork(at + 5_000, conn, LinuxUser.ADMIN, session, "pts0");
    host.syslog(
        at + 6_000,
        "sshd",
        conn,
        "pam_unix(sshd:session): session opened for user admin(uid=1000) by (uid=0)");
    host.syslog(at + 9_000, "systemd-logind", host.logind, () -> "New session " + session.ses() + " of user admin.");
    host.syslog(
        at + 12_000,
        "systemd",
        host.systemd,
        () -> "Started session-" + session.ses() + ".scope - Session " + session.ses() + " of User admin.");
    at += between(random, 60_000, 150_000);
    LinuxProcess bash =
        host.exec(at, user, DebianPrograms.BASH, List.of("-bash"), LinuxUser.ADMIN, session, "/home/admin");
    int commands = 1 + random.nextInt(5);
    for (int c = 0; c < commands; c++) {
      at += between(random, 4 * SECOND, 2 * MINUTE);
      List<String> argv = COMMANDS.get(random.nextInt(COMMANDS.size()));
      String path = "/usr/bin/" + argv.get(0);
      LinuxProcess cmd =
          host.exec(at, bash, Program.binary(path), argv, LinuxUser.ADMIN, session, "/home/admin");
      at += between(random, 5_000, 1_500_000);
      host.exit(cmd, at);
    }
    at += between(random, 5 * SECOND, MINUTE);
    host.exit(bash, at);
    host.syslog(at + 2_000, "sshd", conn, "Received disconnect from " + from + ":11: disconnected by user");
    host.syslog(at + 2_500, "sshd", conn, "Disconnected from user admin " + from);
    host.syslog(at + 3_000, "sshd", conn, "pam_unix(sshd:session): session closed for user admin");
    host.exit(user, at + 3_500);
    host.exit(conn, at + 4_000);
    host.syslog(
        at + 5_000,
        "systemd-logind",
        host.logind,
        () -> "Session " + session.ses() + " logged out. Waiting for processes to exit.");
    host.syslog(at + 8_000, "systemd", host.systemd, () -> "session-" + session.ses() + ".scope: Deactivated successfully.");
    host.syslog(at + 9_000, "systemd-logind", host.logind, () -> "Removed session " + session.ses() + ".");
  }
}
