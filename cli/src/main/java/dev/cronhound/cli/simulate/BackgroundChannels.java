package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benign traffic every site has: browsing, SaaS clients, OS/browser/antivirus updaters and NTP,
 * plus the DNS lookups all of them cause. Updaters and NTP are regular but run on nearly every
 * host, which is what tells them apart from a planted beacon.
 */
final class BackgroundChannels {
  private static final long SECOND = TimeWindow.SECOND;
  private static final long MINUTE = TimeWindow.MINUTE;
  private static final long HOUR = TimeWindow.HOUR;
  private static final String OS_AGENT = "VendorOS-Update-Agent/10.0";
  private static final byte[] OCTET_STREAM = ConnRecord.ascii("application/octet-stream");
  private static final byte[] JSON_MIME = ConnRecord.ascii("application/json");

  private final NetworkScenario net;
  private final BrowsingChannel browsing;
  private final SaasChannel saas;
  private final FleetChannel osUpdate;
  private final FleetChannel browserUpdate;
  private final FleetChannel avSignatures;
  private final FleetChannel ntp;

  BackgroundChannels(NetworkScenario net, SplittableRandom random, double browseRate) {
    this.net = net;
    int hosts = net.hostCount();
    long start = net.window().startMicros();
    Catalog c = net.catalog();
    browsing = new BrowsingChannel(random.split(), net, browseRate);
    saas = new SaasChannel(random.split(), net);
    osUpdate =
        new FleetChannel(random.split(), hosts, 0.95, start, 4 * HOUR, 6 * HOUR, this::osUpdate);
    browserUpdate =
        new FleetChannel(
            random.split(), hosts, 0.9, start, 4 * HOUR, 6 * HOUR, this::browserUpdate);
    avSignatures =
        new FleetChannel(
            random.split(), hosts, 0.85, start, 45 * MINUTE, 75 * MINUTE, this::avSignatures);
    ntp =
        new FleetChannel(
            random.split(),
            hosts,
            1.0,
            start,
            1024 * SECOND - SECOND / 4,
            1024 * SECOND + SECOND / 4,
            (r, host, ts, t) -> t.ntp(r, host, c.ntpPool(), ts));
  }

  private void browserUpdate(SplittableRandom r, int host, long ts, Traffic traffic) {
    long orig = 900 + r.nextInt(800);
    long resp = 1_500 + r.nextInt(6_000);
    long duration = 80_000 + r.nextLong(400_000);
    Destination d = net.catalog().browserUpdate();
    traffic.https(r, host, d, ts, orig, resp, duration, Traffic.H2, false);
  }

  private void avSignatures(SplittableRandom r, int host, long ts, Traffic traffic) {
    long orig = 700 + r.nextInt(600);
    long resp = r.nextInt(8) == 0 ? 200_000 + r.nextInt(3_000_000) : 500 + r.nextInt(2_000);
    long duration = 60_000 + r.nextLong(900_000);
    Destination d = net.catalog().avSignatures();
    traffic.https(r, host, d, ts, orig, resp, duration, Traffic.HTTP11, false);
  }

  private void osUpdate(SplittableRandom r, int host, long ts, Traffic traffic) {
    Destination d = net.catalog().osUpdate();
    traffic.http(
        r,
        host,
        d,
        ts,
        new HttpCall(
            HttpRecord.GET,
            "/v2/check?id=",
            OS_AGENT,
            0,
            800 + r.nextInt(3_000),
            JSON_MIME,
            100_000 + r.nextLong(500_000)));
    if (r.nextInt(6) == 0) {
      long size = 5_000_000 + r.nextLong(75_000_000);
      long at = ts + 2 * SECOND + r.nextLong(10 * SECOND);
      traffic.http(
          r,
          host,
          d,
          at,
          new HttpCall(
              HttpRecord.GET,
              "/download/",
              OS_AGENT,
              0,
              size,
              OCTET_STREAM,
              size * SECOND / (3_000_000 + r.nextLong(20_000_000))));
    }
  }

  List<Channel> channels() {
    return List.of(browsing, saas, osUpdate, browserUpdate, avSignatures, ntp);
  }

  List<BackgroundTruth> truth() {
    Catalog c = net.catalog();
    int hosts = net.hostCount();
    List<String> browsed = new ArrayList<>();
    c.sites().forEach(d -> browsed.add(d.name()));
    c.thirdParty().forEach(d -> browsed.add(d.name()));
    List<String> saasNames = new ArrayList<>();
    c.saas().forEach(d -> saasNames.add(d.name()));
    return List.of(
        new BackgroundTruth(
            "browsing",
            browsed,
            443,
            "ssl",
            0,
            "Poisson page loads (busy 08-18 UTC, weekends quiet), Zipf site popularity, bursts"
                + " of 2-7 connections",
            hosts,
            "a few sites are plain HTTP on port 80 (through the proxy for proxy users)"),
        new BackgroundTruth(
            "saas",
            saasNames,
            443,
            "ssl",
            0,
            "Poisson, working hours, never idle",
            hosts,
            "each host uses two of these services"),
        new BackgroundTruth(
            "os-update",
            List.of(c.osUpdate().name()),
            80,
            "http",
            5 * 3600,
            "every 4-6 h (uniform)",
            osUpdate.participants(),
            "plain HTTP check, sometimes followed by a large download; via the proxy for"
                + " proxy users"),
        new BackgroundTruth(
            "browser-update",
            List.of(c.browserUpdate().name()),
            443,
            "ssl",
            5 * 3600,
            "every 4-6 h (uniform)",
            browserUpdate.participants(),
            "regular but prevalent"),
        new BackgroundTruth(
            "av-signatures",
            List.of(c.avSignatures().name()),
            443,
            "ssl",
            3600,
            "every 45-75 min (uniform)",
            avSignatures.participants(),
            "regular but prevalent"),
        new BackgroundTruth(
            "ntp",
            List.of(c.ntpPool().name()),
            123,
            "ntp",
            1024,
            "every 1024 s +/-0.25 s",
            ntp.participants(),
            "UDP 123 to the pool's addresses, name resolved internally"),
        new BackgroundTruth(
            "dns",
            List.of(NetworkScenario.RESOLVER),
            53,
            "dns",
            0,
            "before connecting to a name whose cached answer expired",
            hosts,
            "every lookup goes to the internal resolver"));
  }
}
