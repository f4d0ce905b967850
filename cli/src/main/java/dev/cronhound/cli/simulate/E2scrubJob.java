package dev.cronhound.cli.simulate;

/**
 * Debian's {@code /etc/cron.d/e2scrub_all} lines: under systemd {@code test -e /run/systemd/system}
 * (a dash builtin) succeeds and the shell exits at once, after a CRON line and its shell.
 */
final class E2scrubJob implements CronJob {
  static final CronEntry WEEKLY =
      CronEntry.system(
          HostConfigFiles.E2SCRUB,
          "30 3 * * 0",
          " ",
          LinuxUser.ROOT,
          "test -e /run/systemd/system || SERVICE_MODE=1"
              + " /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron",
          new E2scrubJob());
  static final CronEntry DAILY =
      CronEntry.system(
          HostConfigFiles.E2SCRUB,
          "10 3 * * *",
          " ",
          LinuxUser.ROOT,
          "test -e /run/systemd/system || SERVICE_MODE=1 /sbin/e2scrub_all -A -r",
          new E2scrubJob());

  @Override
  public long run(LinuxHost host, LinuxProcess shell, long t) {
    return t + 400 + host.random().nextLong(1_500);
  }
}
