package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.SplittableRandom;

/**
 * Planted: {@code sys-telemetry.timer} (hourly, {@code RandomizedDelaySec=120}) starts {@code
 * /usr/local/bin/sys-telemetry} (a bash script) as {@code svc-metrics}, which runs {@code python3
 * /usr/local/lib/telemetry/send.py}; Python connects to 198.51.100.90:8443 by address and uploads
 * 1-5 MB.
 */
final class TelemetryTimer extends TimerActivity {
  static final String DESCRIPTION = "System telemetry";
  static final Program SCRIPT =
      Program.script("/usr/local/bin/sys-telemetry", DebianPrograms.BASH, LinuxUser.ROOT);
  static final TimerUnit UNIT =
      new TimerUnit(
          "sys-telemetry",
          DESCRIPTION,
          new OnCalendar("hourly", 120),
          "[Unit]\n"
              + "Description=System telemetry timer\n\n"
              + "[Timer]\n"
              + "OnCalendar=hourly\n"
              + "RandomizedDelaySec=120\n"
              + "Persistent=true\n\n"
              + "[Install]\n"
              + "WantedBy=timers.target\n",
          "[Unit]\n"
              + "Description=System telemetry\n"
              + "After=network-online.target\n\n"
              + "[Service]\n"
              + "Type=exec\n"
              + "User=svc-metrics\n"
              + "ExecStart=/usr/local/bin/sys-telemetry\n");

  private final LinuxDestinations destinations;

  TelemetryTimer(
      LinuxHost host, Systemd systemd, LinuxDestinations destinations, SplittableRandom random) {
    super(
        host,
        systemd,
        UNIT,
        random,
        truth(
            "hourly-timer-python",
            "AN1119",
            host,
            UNIT,
            LinuxUser.SVC_METRICS,
            DebianPrograms.PYTHON3,
            destinations.telemetry,
            3600,
            "systemd timer, hourly + up to 120 s; sys-telemetry (bash) > python3 send.py; uploads"
                + " 1-5 MB to an address without DNS"));
    this.destinations = destinations;
  }

  @Override
  void fire(long t, long start) {
    long at = start;
    LinuxProcess script =
        systemd.exec(at, SCRIPT, LinuxUser.SVC_METRICS, "/usr/local/bin/sys-telemetry");
    systemd.started(at + between(random, 500, 2_000), UNIT.name(), DESCRIPTION);
    at += between(random, 15_000, 40_000);
    LinuxProcess python =
        host.exec(at, script, DebianPrograms.PYTHON3, "python3", "/usr/local/lib/telemetry/send.py");
    at += between(random, 120_000, 300_000);
    long up = between(random, 1_000_000, 5_000_000);
    long down = between(random, 300, 900);
    long duration = Throughput.duration(random, up, 2, 9);
    at = host.transfer(python, at, destinations.telemetry, false, up, down, duration, truth.counts());
    at += between(random, 10_000, 40_000);
    host.exit(python, at);
    at += between(random, 1_000, 3_000);
    host.exit(script, at);
    systemd.deactivated(at + 1_500, UNIT.name(), (at - t) / 3000);
  }
}
