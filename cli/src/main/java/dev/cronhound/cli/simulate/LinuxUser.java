package dev.cronhound.cli.simulate;

/** An account of a simulated Linux host, as {@code /etc/passwd} has it. */
record LinuxUser(String name, int uid, int gid, String home) {
  static final LinuxUser ROOT = new LinuxUser("root", 0, 0, "/root");
  static final LinuxUser WWW_DATA = new LinuxUser("www-data", 33, 33, "/var/www");
  static final LinuxUser APT = new LinuxUser("_apt", 42, 65534, "/nonexistent");
  static final LinuxUser ADMIN = new LinuxUser("admin", 1000, 1000, "/home/admin");
  static final LinuxUser DEPLOY = new LinuxUser("deploy", 1001, 1001, "/home/deploy");
  static final LinuxUser METRICS_AGENT =
      new LinuxUser("metrics-agent", 997, 997, "/var/lib/metrics-agent");
  static final LinuxUser SVC_METRICS = new LinuxUser("svc-metrics", 998, 998, "/nonexistent");
}
