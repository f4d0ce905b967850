package dev.cronhound.cli.simulate;

import java.time.DayOfWeek;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The four channels a hunter must find, plus the legitimate nightly backup that looks just as
 * automated. Each runs on its own host (when there are at least five hosts) with its own random
 * stream.
 */
final class PlantedChannels {
  static final long BEACON_PERIOD_S = 300;
  static final long FAST_PERIOD_S = 10;
  static final long DAY_S = 86_400;
  static final long WEEK_S = 7 * DAY_S;

  private static final long SECOND = TimeWindow.SECOND;
  private static final long MINUTE = TimeWindow.MINUTE;
  private static final long HOUR = TimeWindow.HOUR;
  private static final long MB = 1_000_000;
  private static final String EXFIL_AGENT = "Go-http-client/1.1";
  private static final byte[] JSON_MIME = ConnRecord.ascii("application/json");
  private static final int FAST_PORT = 8443;

  private final NetworkScenario net;
  private final byte[] fastAddress;
  private final IntervalChannel jittered;
  private final CalendarChannel exfil;
  private final IntervalChannel fast;
  private final CalendarChannel weekly;
  private final CalendarChannel backup;

  PlantedChannels(NetworkScenario net, SplittableRandom random, int days) {
    this.net = net;
    this.fastAddress = ConnRecord.ascii(net.fastBeaconAddress());
    TimeWindow w = net.window();
    long period = BEACON_PERIOD_S * SECOND;
    jittered =
        new IntervalChannel(
            random.split(), w.startMicros(), period * 3 / 4, period * 5 / 4, this::beacon);
    exfil =
        new CalendarChannel(
            random.split(),
            w,
            CalendarChannel.skipping(0.25, 2, days),
            2 * HOUR + 13 * MINUTE,
            5 * MINUTE,
            this::exfilBurst);
    fast =
        new IntervalChannel(
            random.split(), w.startMicros(), 9 * SECOND, 11 * SECOND, this::fastBeacon);
    weekly =
        new CalendarChannel(
            random.split(),
            w,
            CalendarChannel.weekly(DayOfWeek.SUNDAY),
            3 * HOUR,
            2 * MINUTE,
            this::weeklyUpload);
    backup =
        new CalendarChannel(
            random.split(), w, CalendarChannel.everyDay(), HOUR, MINUTE, this::nightlyBackup);
  }

  List<Channel> channels() {
    return List.of(jittered, exfil, fast, weekly, backup);
  }

  private int beacon(SplittableRandom r, long ts, Traffic traffic) {
    long orig = 350 + r.nextInt(550);
    long resp = r.nextInt(20) == 0 ? 8_000 + r.nextInt(52_000) : 150 + r.nextInt(1350);
    long duration = 150_000 + r.nextLong(750_000);
    traffic.https(
        r,
        net.planted().jitteredBeacon(),
        net.catalog().c2(),
        ts,
        orig,
        resp,
        duration,
        Traffic.HTTP11,
        false);
    return 1;
  }

  private int exfilBurst(SplittableRandom r, long ts, Traffic traffic) {
    int posts = 3 + r.nextInt(8);
    long spacing = 90 * SECOND / posts;
    for (int i = 0; i < posts; i++) {
      long at = ts + i * spacing + (i == 0 ? 0 : r.nextLong(spacing / 2));
      long body = 1 * MB + r.nextLong(7 * MB);
      long duration = body * SECOND / (2 * MB + r.nextLong(6 * MB)) + 200_000;
      HttpCall call =
          new HttpCall(
              HttpRecord.POST,
              "/upload/",
              EXFIL_AGENT,
              body,
              60 + r.nextInt(200),
              JSON_MIME,
              duration);
      traffic.http(r, net.planted().dailyExfil(), net.catalog().exfil(), at, call);
    }
    return posts;
  }

  private int fastBeacon(SplittableRandom r, long ts, Traffic traffic) {
    long orig = 24 + r.nextInt(73);
    long resp = r.nextInt(10) == 0 ? 0 : 16 + r.nextInt(49);
    long duration = 20_000 + r.nextLong(130_000);
    traffic.rawTcp(r, net.planted().fastBeacon(), fastAddress, FAST_PORT, ts, orig, resp, duration);
    return 1;
  }

  private int weeklyUpload(SplittableRandom r, long ts, Traffic traffic) {
    long body = 40 * MB + r.nextLong(120 * MB);
    long duration = body * SECOND / (4 * MB + r.nextLong(8 * MB));
    long resp = 2_000 + r.nextInt(8_000);
    traffic.https(
        r,
        net.planted().weeklyJob(),
        net.catalog().weeklyArchive(),
        ts,
        body,
        resp,
        duration,
        Traffic.HTTP11,
        true);
    return 1;
  }

  private int nightlyBackup(SplittableRandom r, long ts, Traffic traffic) {
    long body = 200 * MB + r.nextLong(700 * MB);
    long duration = body * SECOND / (20 * MB + r.nextLong(30 * MB));
    traffic.https(
        r,
        net.planted().nightlyBackup(),
        net.catalog().backup(),
        ts,
        body,
        4_000 + r.nextInt(4_000),
        duration,
        Traffic.HTTP11,
        true);
    return 1;
  }

  /** Truth for the four planted channels, in a fixed order. */
  List<ScheduledTruth> planted() {
    NetworkScenario.PlantedHosts hosts = net.planted();
    Catalog c = net.catalog();
    return List.of(
        new ScheduledTruth(
            "jittered-beacon",
            net.hostIp(hosts.jitteredBeacon()),
            c.c2().name(),
            c.c2().addresses().get(0),
            443,
            "ssl",
            BEACON_PERIOD_S,
            "uniform +/-25% (interval 225..375 s)",
            "HTTPS beacon with SNI, resolved through the internal resolver before each beat",
            jittered.stats()),
        new ScheduledTruth(
            "daily-exfil",
            net.hostIp(hosts.dailyExfil()),
            c.exfil().name(),
            NetworkScenario.PROXY,
            NetworkScenario.PROXY_PORT,
            "http",
            DAY_S,
            "02:13 UTC +/-5 min; burst of 3-10 POSTs within 90 s",
            "HTTP POST uploads of 1-8 MB through the proxy 10.10.0.3:3128 (http.log host is the"
                + " real site); ~25% of days skipped, never the first two",
            exfil.stats()),
        new ScheduledTruth(
            "fast-beacon",
            net.hostIp(hosts.fastBeacon()),
            net.fastBeaconAddress(),
            net.fastBeaconAddress(),
            FAST_PORT,
            "-",
            FAST_PERIOD_S,
            "uniform +/-1 s (interval 9..11 s)",
            "raw TCP to an IP literal: no DNS, no SNI, unrecognized protocol, tiny payloads",
            fast.stats()),
        new ScheduledTruth(
            "weekly-job",
            net.hostIp(hosts.weeklyJob()),
            c.weeklyArchive().name(),
            c.weeklyArchive().addresses().get(0),
            443,
            "ssl",
            WEEK_S,
            "Sunday 03:00 UTC +/-2 min",
            "TLS upload of 40-160 MB, resolved through DNS just before",
            weekly.stats()));
  }

  /** Truth for the benign nightly backup (a user would allowlist it). */
  ScheduledTruth nightlyBackupTruth() {
    Destination d = net.catalog().backup();
    return new ScheduledTruth(
        "nightly-backup",
        net.hostIp(net.planted().nightlyBackup()),
        d.name(),
        d.addresses().get(0),
        443,
        "ssl",
        DAY_S,
        "01:00 UTC +/-1 min, every day",
        "legitimate automation (server backup to a partner); regular and rare, so it scores like"
            + " a beacon: silence it with an allowlist entry",
        backup.stats());
  }
}
