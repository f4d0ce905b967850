package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Debian's {@code /etc/crontab} lines: {@code run-parts --report /etc/cron.hourly} at :17 (the
 * directory holds nothing) and {@code /etc/cron.daily} at 06:25, whose scripts exit at once under
 * systemd except {@code logrotate}, which rotates the logs and HUPs rsyslogd. No network.
 */
final class RunPartsJob extends CrontabJob {
  static final String FILE = "etc/crontab";
  static final String HOURLY = "cd / && run-parts --report /etc/cron.hourly";
  static final String DAILY =
      "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }";
  private static final List<String> DAILY_SCRIPTS = List.of("apt-compat", "dpkg", "logrotate", "man-db");

  private final String directory;

  private RunPartsJob(
      LinuxHost host, String schedule, String command, String directory, SplittableRandom random) {
    super(
        random,
        job -> CronEntry.system(FILE, schedule, "\t", LinuxUser.ROOT, command, job),
        directory.endsWith("daily")
            ? line ->
                LinuxCase.ofCron(
                    "logrotate",
                    null,
                    host,
                    line,
                    DebianPrograms.LOGROTATE,
                    null,
                    86400,
                    null,
                    "cron.daily via run-parts at 06:25: logrotate, no network")
            : null);
    this.directory = directory;
  }

  static RunPartsJob hourly(LinuxHost host, SplittableRandom random) {
    return new RunPartsJob(host, "17 *\t* * *", HOURLY, "/etc/cron.hourly", random);
  }

  static RunPartsJob daily(LinuxHost host, SplittableRandom random) {
    return new RunPartsJob(host, "25 6\t* * *", DAILY, "/etc/cron.daily", random);
  }

  @Override
  public long run(LinuxHost host, LinuxProcess shell, long t) {
    LinuxProcess runParts =
        host.exec(
            t,
            shell,
            DebianPrograms.RUN_PARTS,
            List.of("run-parts", "--report", directory),
            shell.user,
            shell.session,
            "/");
    long at = t + between(random, 1_500, 4_000);
    if (truth() != null) {
      truth().counts().runs++;
      for (String name : DAILY_SCRIPTS) {
        String path = directory + "/" + name;
        LinuxProcess script =
            host.exec(at, runParts, Program.script(path, DebianPrograms.SH, LinuxUser.ROOT), path);
        at += between(random, 1_000, 3_000);
        if (name.equals("logrotate")) {
          LinuxProcess logrotate =
              host.exec(at, script, DebianPrograms.LOGROTATE, "/usr/sbin/logrotate", "/etc/logrotate.conf");
          at += between(random, 200_000, 1_500_000);
          LinuxProcess rsyslogd = host.rsyslogd;
          host.syslog(
              at,
              "rsyslogd",
              rsyslogd,
              () ->
                  "[origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\""
                      + rsyslogd.pid()
                      + "\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed");
          at += between(random, 2_000, 6_000);
          host.exit(logrotate, at);
        }
        at += between(random, 500, 2_000);
        host.exit(script, at);
      }
    }
    at += between(random, 500, 2_000);
    host.exit(runParts, at);
    return at;
  }
}
