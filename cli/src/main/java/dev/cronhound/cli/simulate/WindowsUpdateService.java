package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Windows Update on every host: the long-lived {@code svchost.exe -k netsvcs -p -s wuauserv}
 * checks in with {@code fe3cr.delivery.mp.microsoft.com} a few times a day at irregular times,
 * sometimes fetching content from the {@code windowsupdate.com} hosts: download-heavy.
 */
final class WindowsUpdateService implements EstateActivity {
  static final String IMAGE = "C:\\Windows\\System32\\svchost.exe";

  private final Workstation host;
  private final EstateDestinations destinations;
  private final SplittableRandom random;
  private final WinProcess service;
  private final EstateCase truth;
  private final long ready;

  WindowsUpdateService(
      Workstation host, EstateDestinations destinations, SplittableRandom random, long boot) {
    this.host = host;
    this.destinations = destinations;
    this.random = random;
    long started = boot + between(random, 20 * SECOND, 60 * SECOND);
    this.service = host.service(started, "netsvcs -p -s wuauserv");
    this.ready = started + 5 * 60 * SECOND;
    truth =
        EstateCase.of(
            "windows-update",
            null,
            host,
            null,
            IMAGE,
            Account.SYSTEM.qualified(),
            destinations.updateFrontEnd,
            -1,
            null,
            "a few irregular check-ins a day (svchost -s wuauserv), download-heavy; also"
                + " slscr.update.microsoft.com and *.windowsupdate.com");
  }

  EstateCase truth() {
    return truth;
  }

  @Override
  public void emit(long from, long to) {
    int sessions = 3 + random.nextInt(4);
    long[] times = new long[sessions];
    for (int i = 0; i < sessions; i++) {
      times[i] = between(random, from, to);
    }
    Arrays.sort(times);
    for (long t : times) {
      if (t >= ready) {
        session(t);
      }
    }
  }

  private void session(long t) {
    t = fetch(t, destinations.updateFrontEnd, between(random, 4_000, 16_000), between(random, 30_000, 600_000));
    truth.counts().connection(t);
    if (random.nextInt(2) == 0) {
      t = fetch(t, destinations.updateSls, between(random, 1_500, 4_000), between(random, 5_000, 40_000));
    }
    if (random.nextInt(3) == 0) {
      t = fetch(t, destinations.updateCtl, between(random, 300, 900), between(random, 5_000, 60_000));
    }
    if (random.nextInt(3) == 0) {
      fetch(t, destinations.updateDownload, between(random, 400, 1_200), between(random, 500_000, 40_000_000));
    }
  }

  /** One download from {@code d} at {@code t}; returns a time a little after it ends. */
  private long fetch(long t, Destination d, long orig, long resp) {
    String ip = host.resolve(service, t, d);
    long duration = between(random, 300_000, 2 * SECOND) + resp / 2;
    host.connect(service, t, ip, d, orig, resp, duration);
    return t + duration + between(random, 200_000, 3 * SECOND);
  }
}
