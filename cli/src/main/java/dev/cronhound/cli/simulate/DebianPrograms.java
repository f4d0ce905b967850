package dev.cronhound.cli.simulate;

/** The executables of the simulated Debian 12 servers (merged /usr: /bin is /usr/bin). */
final class DebianPrograms {
  static final String LD_SO = "/lib64/ld-linux-x86-64.so.2";

  static final Program SH = Program.binary("/bin/sh", "/usr/bin/dash");
  static final Program BASH = Program.binary("/bin/bash", "/usr/bin/bash");
  static final Program PYTHON3 = Program.binary("/usr/bin/python3", "/usr/bin/python3.11");
  static final Program CRON = Program.binary("/usr/sbin/cron");
  static final Program SSHD = Program.binary("/usr/sbin/sshd");
  static final Program CURL = Program.binary("/usr/bin/curl");
  static final Program TAR = Program.binary("/usr/bin/tar");
  static final Program GZIP = Program.binary("/usr/bin/gzip");
  static final Program RM = Program.binary("/usr/bin/rm");
  static final Program SLEEP = Program.binary("/usr/bin/sleep");
  static final Program RSYNC = Program.binary("/usr/bin/rsync");
  static final Program SSH = Program.binary("/usr/bin/ssh");
  static final Program RUN_PARTS = Program.binary("/bin/run-parts", "/usr/bin/run-parts");
  static final Program LOGROTATE = Program.binary("/usr/sbin/logrotate");
  static final Program APT_HELPER = Program.binary("/usr/lib/apt/apt-helper");
  static final Program APT_CONFIG = Program.binary("/usr/bin/apt-config");
  static final Program APT_GET = Program.binary("/usr/bin/apt-get");
  static final Program APT_HTTP = Program.binary("/usr/lib/apt/methods/http");
  static final Program APT_DAILY =
      Program.script("/usr/lib/apt/apt.systemd.daily", SH, LinuxUser.ROOT);
  static final Program CERTBOT = Program.script("/usr/bin/certbot", PYTHON3, LinuxUser.ROOT);
  static final Program METRICS_AGENT = Program.binary("/usr/bin/metrics-agent");

  private DebianPrograms() {}
}
