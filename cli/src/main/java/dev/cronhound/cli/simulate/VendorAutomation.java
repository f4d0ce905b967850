package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A small estate (5 hosts in 10.40.0.0/24, resolver 10.40.0.2; below any prevalence minimum) full
 * of well-known vendor automation that beats as well as any implant: ESET push notifications (MQTT
 * over TLS to epns.eset.com:8883, reconnecting every 15 min), Windows telemetry
 * (v10.events.data.microsoft.com, settings-win.data.microsoft.com, with SNI), Apple time
 * (time.apple.com:123 from the Mac) and the Chrome updater (update.googleapis.com); plus browsing
 * and one planted HTTPS beacon.
 */
final class VendorAutomation extends ScenarioWorld {
  static final String LOCAL_NET = "10.40.0.0/24";
  static final String RESOLVER = "10.40.0.2";
  static final String[] WINDOWS = {"10.40.0.21", "10.40.0.22", "10.40.0.23", "10.40.0.24"};
  static final String MAC = "10.40.0.31";
  static final String BEACON_NAME = "sync.quillpoint.example";

  VendorAutomation(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of(LOCAL_NET), true);
  }

  @Override
  void generate() {
    truth.describe("issue 13 item 9 (known vendor automation lowers the score through"
        + " known_service, never silences)", "office uplink, local_nets 10.40.0.0/24");
    truth.host(RESOLVER, "resolver");
    for (String h : WINDOWS) {
      truth.host(h, "Windows workstation");
    }
    truth.host(MAC, "Mac");
    SplittableRandom browsing = random.split();
    SplittableRandom vendor = random.split();
    SplittableRandom planted = random.split();
    for (String h : WINDOWS) {
      browse(browsing.split(), h, RESOLVER, 8, CHROME);
    }
    browse(browsing.split(), MAC, RESOLVER, 8, SAFARI);

    Destination epns = destination("epns.eset.com", 8883, true,
        List.of("91.228.167.128", "91.228.166.181"));
    Destination events = destination("v10.events.data.microsoft.com", 443, true,
        List.of("20.42.65.92", "20.189.173.14", "52.168.117.173"));
    Destination settings = destination("settings-win.data.microsoft.com", 443, true,
        List.of("20.73.194.208", "51.104.15.252"));
    Destination chrome = destination("update.googleapis.com", 443, true, List.of("142.250.74.99"));
    Destination appleTime = destination("time.apple.com", 123, false,
        List.of("17.253.14.251", "17.253.52.253", "17.253.34.125"));
    for (String h : WINDOWS) {
      SplittableRandom r = vendor.split();
      // MQTT push: a persistent session the agent re-establishes every 15 min
      long[] lastLookup = {Long.MIN_VALUE};
      every(r, 895, 905, t -> {
        String ip = epns.addresses().get(0);
        if (t - lastLookup[0] > 3_600 * TimeWindow.SECOND) {
          ip = lookup(r, t - 20_000, h, RESOLVER, epns);
          lastLookup[0] = t;
        }
        tls(r, t, h, ip, 8883, epns.name(), epns.tls(), 890 * TimeWindow.SECOND + r.nextLong(5_000_000),
            900 + r.nextInt(200), 700 + r.nextInt(200));
      });
      every(r, 1_700, 1_900, t -> {
        String ip = lookup(r, t - 20_000, h, RESOLVER, events);
        tls(r, t, h, ip, 443, events.name(), events.tls(), 300_000 + r.nextInt(900_000),
            3_000 + r.nextInt(30_000), 400 + r.nextInt(200));
      });
      every(r, 3_550, 3_650, t -> {
        String ip = lookup(r, t - 20_000, h, RESOLVER, settings);
        tls(r, t, h, ip, 443, settings.name(), settings.tls(), 200_000 + r.nextInt(400_000),
            1_100 + r.nextInt(100), 2_500 + r.nextInt(300));
      });
      every(r, 5 * 3600 - 600, 5 * 3600 + 600, t -> {
        String ip = lookup(r, t - 20_000, h, RESOLVER, chrome);
        tls(r, t, h, ip, 443, chrome.name(), chrome.tls(), 200_000 + r.nextInt(800_000),
            1_800 + r.nextInt(400), r.nextInt(10) == 0 ? 9_000_000 + r.nextInt(40_000_000) : 1_100 + r.nextInt(300));
      });
    }
    SplittableRandom r = vendor.split();
    every(r, 880, 920, t -> {
      String ip = lookup(r, t - 15_000, MAC, RESOLVER, appleTime);
      conn(r, t, MAC, 123, ip, 123, false, ConnRecord.SERVICE_NTP, 20_000 + r.nextInt(40_000), 48, 48,
          FlowRecord.State.SF);
    });
    List<String> windows = List.of(WINDOWS);
    truth.benign(new ScenarioTruth.Benign("av-push", "outbound", windows, List.of(epns.name()), 8883,
        "ssl", 900, "a 15-min MQTT session re-established on the minute", "ESET",
        "ESET Push Notification Service: MQTT over TLS on 8883 to epns.eset.com (ESET PROTECT docs)"));
    truth.benign(new ScenarioTruth.Benign("os-telemetry", "outbound", windows,
        List.of(events.name(), settings.name()), 443, "ssl", 1800,
        "events upload every 28-32 min, settings check hourly", "Microsoft",
        "Windows diagnostic data and settings service"));
    truth.benign(new ScenarioTruth.Benign("browser-updater", "outbound", windows, List.of(chrome.name()),
        443, "ssl", 18_000, "every 5 h +/-10 min, sometimes a download", "Google", "Chrome updater"));
    truth.benign(new ScenarioTruth.Benign("apple-time", "outbound", List.of(MAC), List.of(appleTime.name()),
        123, "ntp", 900, "every 880-920 s, named by the Mac's own lookups", "Apple", "timed"));

    String infected = WINDOWS[planted.nextInt(WINDOWS.length)];
    Destination c2 = destination(BEACON_NAME, 443, true, 1);
    String ip = c2.addresses().get(0);
    BeatStats stats = every(planted, 370, 470, t -> {
      if (planted.nextInt(6) == 0) {
        lookup(planted, t - 25_000, infected, RESOLVER, c2);
      }
      tls(planted, t, infected, ip, 443, BEACON_NAME, c2.tls(), 120_000 + planted.nextInt(500_000),
          500 + planted.nextInt(400), 200 + planted.nextInt(800));
    });
    truth.planted(new ScenarioTruth.Planted("vendor-estate-beacon", infected, BEACON_NAME, ip, List.of(),
        443, "ssl", "outbound", 420, "uniform 370-470 s", stats,
        "HTTPS beacon with SNI among vendor automation that beats just as well"));
  }
}
