package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * People browsing the web: per host a Poisson stream of page loads whose rate follows the {@link
 * Diurnal} shape, each page a Zipf-popular site plus a burst of parallel connections to it and to
 * shared third-party hosts. Irregular by construction, and the sites are shared by hosts.
 */
final class BrowsingChannel implements Channel {
  /** Average connections per page load (uniform 2..7). */
  static final double MEAN_BURST = 4.5;

  private static final double SITE_EXPONENT = 1.07;
  private static final double THIRD_PARTY_EXPONENT = 0.8;
  private static final byte[] TEXT_HTML = ConnRecord.ascii("text/html");

  private final SplittableRandom random;
  private final NetworkScenario net;
  private final double ratePerHour;
  private final List<Destination> sites;
  private final List<Destination> thirdParty;
  private final Zipf siteRank;
  private final Zipf thirdPartyRank;

  /** {@code ratePerHour}: connections per host per busy hour. */
  BrowsingChannel(SplittableRandom random, NetworkScenario net, double ratePerHour) {
    this.random = random;
    this.net = net;
    this.ratePerHour = ratePerHour;
    this.sites = net.catalog().sites();
    this.thirdParty = net.catalog().thirdParty();
    this.siteRank = new Zipf(sites.size(), SITE_EXPONENT);
    this.thirdPartyRank = new Zipf(thirdParty.size(), THIRD_PARTY_EXPONENT);
  }

  @Override
  public void emit(long from, long to, Traffic traffic) {
    double activity = Diurnal.activity(from);
    for (int host = 0; host < net.hostCount(); host++) {
      double pagesPerHour = ratePerHour * activity * net.browseFactor(host) / MEAN_BURST;
      if (pagesPerHour <= 0) {
        continue;
      }
      double meanGap = TimeWindow.HOUR / pagesPerHour;
      long t = from + exponential(meanGap);
      while (t < to) {
        pageLoad(host, t, traffic);
        t += exponential(meanGap);
      }
    }
  }

  private long exponential(double mean) {
    return 1 + (long) (-mean * Math.log1p(-random.nextDouble()));
  }

  private void pageLoad(int host, long start, Traffic traffic) {
    Destination site = sites.get(siteRank.sample(random));
    int connections = 2 + random.nextInt(6);
    long ts = start;
    for (int i = 0; i < connections; i++) {
      Destination d =
          i == 0 || random.nextInt(10) < 6 ? site : thirdParty.get(thirdPartyRank.sample(random));
      long resp = responseBytes();
      long duration = 20_000 + resp * 1_000_000 / (500_000 + random.nextInt(5_000_000));
      if (random.nextInt(4) == 0) {
        duration += random.nextLong(30 * TimeWindow.SECOND); // kept alive, then closed
      }
      if (d.tls() == null) {
        traffic.http(
            random,
            host,
            d,
            ts,
            new HttpCall(
                HttpRecord.GET, "/page/", net.userAgent(host), 0, resp, TEXT_HTML, duration));
      } else {
        long orig = 600 + random.nextInt(2400);
        traffic.https(random, host, d, ts, orig, resp, duration, Traffic.H2, false);
      }
      ts += 5_000 + random.nextLong(700_000);
    }
  }

  /** Log-normal-ish body sizes: median ~13 KB, a long tail up to tens of MB. */
  private long responseBytes() {
    double size = Math.exp(9.5 + 1.5 * random.nextGaussian());
    return (long) Math.max(120, Math.min(size, 40_000_000));
  }
}
