package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.DAY;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The user browsing on weekdays: Chrome started from explorer.exe in the morning and closed in the
 * evening, with its GPU and network-service children (fresh field-trial handles every day). The
 * network service looks names up and connects to popular sites (Zipf) and the third-party hosts
 * their pages embed, at human times.
 */
final class ChromeBrowsing implements EstateActivity {
  static final String CHROME = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
  private static final String DIR = "C:\\Program Files\\Google\\Chrome\\Application\\131.0.6778.205\\";
  private static final double VISITS_PER_HOUR = 28;

  private final Workstation host;
  private final SplittableRandom random;
  private final List<Destination> sites;
  private final List<Destination> thirdParty;
  private final Zipf popularity;

  ChromeBrowsing(Workstation host, EstateDestinations destinations, SplittableRandom random) {
    this.host = host;
    this.random = random;
    this.sites = destinations.sites();
    this.thirdParty = destinations.thirdParty();
    this.popularity = new Zipf(sites.size(), 1.1);
  }

  @Override
  public void emit(long from, long to) {
    long midnight = Math.floorDiv(from, DAY) * DAY;
    if (TimeWindow.weekend(midnight) || host.explorer() == null) {
      return;
    }
    long open = midnight + 8 * HOUR + between(random, 20 * MINUTE, 100 * MINUTE);
    long close = midnight + 17 * HOUR + between(random, 0, 100 * MINUTE);
    open = Math.max(open, host.explorer().start - host.clockOffset + 3 * MINUTE);
    if (open < from || open >= to || close <= open + HOUR) {
      return;
    }
    session(open, close);
  }

  private void session(long open, long close) {
    WinProcess main =
        host.start(
            open,
            host.explorer(),
            CHROME,
            "\"" + CHROME + "\" ",
            host.user,
            Integrity.MEDIUM,
            DIR);
    String trial = "--field-trial-handle=" + (1900 + 4 * random.nextInt(40)) + ",i,"
        + Long.toUnsignedString(random.nextLong()) + ","
        + Long.toUnsignedString(random.nextLong()) + ",262144";
    WinProcess gpu =
        child(main, open + between(random, 150_000, 400_000),
            "--type=gpu-process --no-pre-read-main-dll --gpu-preferences=UAAAAAAAAADgAAAEAAAAAAAAAAAAAAAAAABgAAEAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAA= "
                + trial + " --variations-seed-version --mojo-platform-channel-handle="
                + (1960 + 4 * random.nextInt(30)) + " /prefetch:2");
    WinProcess network =
        child(main, open + between(random, 250_000, 600_000),
            "--type=utility --utility-sub-type=network.mojom.NetworkService --lang=en-US"
                + " --service-sandbox-type=none --no-pre-read-main-dll " + trial
                + " --variations-seed-version --mojo-platform-channel-handle="
                + (2100 + 4 * random.nextInt(40)) + " /prefetch:3");
    long t = open + SECOND * 20;
    long last = close - MINUTE;
    while (true) {
      double rate = lunch(t) ? VISITS_PER_HOUR / 3 : VISITS_PER_HOUR;
      t += (long) (-Math.log(1 - random.nextDouble()) / rate * HOUR);
      if (t >= last) {
        break;
      }
      visit(network, t);
    }
    host.end(network, close - between(random, 300_000, 900_000));
    host.end(gpu, close - between(random, 100_000, 300_000));
    host.end(main, close);
  }

  private WinProcess child(WinProcess main, long t, String arguments) {
    return host.start(
        t, main, CHROME, "\"" + CHROME + "\" " + arguments, host.user, Integrity.MEDIUM, DIR);
  }

  private void visit(WinProcess network, long t) {
    Destination site = sites.get(popularity.sample(random));
    page(network, t, site, 1 + random.nextInt(3));
    if (random.nextInt(5) < 2) {
      Destination extra = thirdParty.get(random.nextInt(thirdParty.size()));
      page(network, t + between(random, 100_000, 900_000), extra, 1);
    }
  }

  private void page(WinProcess network, long t, Destination d, int connections) {
    String ip = host.resolve(network, t, d);
    for (int i = 0; i < connections; i++) {
      long c = t + i * between(random, 30_000, 400_000);
      host.connect(
          network,
          c,
          ip,
          d,
          between(random, 600, 4_000),
          between(random, 4_000, 600_000),
          between(random, 200_000, 30 * SECOND));
    }
  }

  private static boolean lunch(long t) {
    return TimeWindow.hourOfDay(t) == 12;
  }
}
