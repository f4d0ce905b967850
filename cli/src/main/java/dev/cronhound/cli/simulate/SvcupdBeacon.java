package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.SplittableRandom;

/**
 * Planted case {@code background-beacon-jitter} (AN1113) on the host without Sysmon: {@code
 * svcupd.exe}, dropped in the user's temp folder and started by explorer.exe at the first logon
 * (Security 4688), runs for the whole window and every 10 minutes x U(0.6, 1.4) connects to the
 * bare address {@value EstateDestinations#BEACON_IP}:{@value EstateDestinations#BEACON_PORT}
 * (no DNS), uploading 20-200 KB and receiving under 2 KB. Each connection is a Security 5156 and a
 * Zeek conn record.
 */
final class SvcupdBeacon implements EstateActivity {
  static final long PERIOD = 600 * SECOND;

  private final Workstation host;
  private final SplittableRandom random;
  private final WinProcess beacon;
  private final EstateCase truth;
  private long next;

  SvcupdBeacon(Workstation host, SplittableRandom random, long logon) {
    this.host = host;
    this.random = random;
    String image =
        "C:\\Users\\" + host.user.name() + "\\AppData\\Local\\Temp\\msupdate\\svcupd.exe";
    long start = logon + between(random, 30 * SECOND, 90 * SECOND);
    beacon =
        host.start(
            start,
            host.explorer(),
            image,
            "\"" + image + "\" /silent",
            host.user,
            Integrity.MEDIUM,
            "C:\\Users\\" + host.user.name() + "\\");
    next = start + between(random, 60 * SECOND, 180 * SECOND);
    truth =
        new EstateCase(
            "background-beacon-jitter",
            "AN1113",
            host.name,
            null,
            image,
            host.user.qualified(),
            EstateDestinations.BEACON_IP,
            java.util.List.of(EstateDestinations.BEACON_IP),
            EstateDestinations.BEACON_PORT,
            600,
            null,
            "no task, no DNS, no Sysmon: 4688 + 5156 only (5156 names the image "
                + beacon.devicePath()
                + "); interval 600 s x U(0.6, 1.4); uploads 20-200 KB, receives < 2 KB",
            new EstateCase.Counts());
  }

  EstateCase truth() {
    return truth;
  }

  @Override
  public void emit(long from, long to) {
    while (next < to) {
      host.connect(
          beacon,
          next,
          EstateDestinations.BEACON_IP,
          EstateDestinations.BEACON_PORT,
          null,
          ConnRecord.SERVICE_SSL,
          between(random, 20_000, 200_000),
          between(random, 200, 1_900),
          between(random, 300_000, 4 * SECOND));
      truth.counts().connection(next);
      next += (long) (PERIOD * (0.6 + 0.8 * random.nextDouble()));
    }
  }
}
