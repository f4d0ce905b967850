package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated site: internal hosts 10.10.0.10 upwards, the resolver 10.10.0.2, the HTTP proxy
 * 10.10.0.3:3128, every external destination with its addresses, and which host runs which planted
 * channel. All of it is drawn from the seed once, before any traffic is generated.
 */
final class NetworkScenario {
  static final String RESOLVER = "10.10.0.2";
  static final String PROXY = "10.10.0.3";
  static final int PROXY_PORT = 3128;

  /** Share of ordinary hosts configured to send plain HTTP through the proxy. */
  private static final double PROXY_SHARE = 0.35;

  private static final String[] BROWSER_AGENTS = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
        + " Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"
  };

  private final TimeWindow window;
  private final List<String> hostIps;
  private final byte[][] hostBytes;
  private final boolean[] proxyUsers;
  private final double[] browseFactor;
  private final String[] userAgents;
  private final byte[] resolverBytes = ConnRecord.ascii(RESOLVER);
  private final byte[] proxyBytes = ConnRecord.ascii(PROXY);
  private final Catalog catalog;
  private final String fastBeaconAddress;
  private final PlantedHosts planted;

  /** Which host runs each planted channel (distinct hosts whenever there are at least five). */
  record PlantedHosts(
      int jitteredBeacon, int dailyExfil, int fastBeacon, int weeklyJob, int nightlyBackup) {}

  private NetworkScenario(SimulationOptions options, SplittableRandom random) {
    window = TimeWindow.of(options.start(), options.days());
    int n = options.hosts();
    List<String> ips = new ArrayList<>(n);
    hostBytes = new byte[n][];
    for (int i = 0; i < n; i++) {
      ips.add(internalAddress(i));
      hostBytes[i] = ConnRecord.ascii(ips.get(i));
    }
    hostIps = Collections.unmodifiableList(ips);
    PublicAddresses addresses = new PublicAddresses(random.split());
    catalog = new Catalog(random.split(), addresses);
    fastBeaconAddress = addresses.next();

    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    planted = new PlantedHosts(order[0], order[1 % n], order[2 % n], order[3 % n], order[4 % n]);

    proxyUsers = new boolean[n];
    browseFactor = new double[n];
    userAgents = new String[n];
    for (int i = 0; i < n; i++) {
      proxyUsers[i] = random.nextDouble() < PROXY_SHARE;
      browseFactor[i] = 0.5 + random.nextDouble();
      userAgents[i] = BROWSER_AGENTS[random.nextInt(BROWSER_AGENTS.length)];
    }
    proxyUsers[planted.dailyExfil()] = true;
    if (n > 4) {
      // the backup host is a server: nobody browses from it
      browseFactor[planted.nightlyBackup()] = 0.05;
    }
  }

  static NetworkScenario create(SimulationOptions options, SplittableRandom random) {
    return new NetworkScenario(options, random);
  }

  /** Host {@code i}'s address: 10.10.0.10, 10.10.0.11, ... skipping .0 and .255. */
  static String internalAddress(int i) {
    int n = i + 10;
    int third = 0;
    if (n > 254) {
      n -= 255;
      third = 1 + n / 254;
      n = 1 + n % 254;
    }
    return "10.10." + third + "." + n;
  }

  TimeWindow window() {
    return window;
  }

  int hostCount() {
    return hostBytes.length;
  }

  byte[] hostAddress(int host) {
    return hostBytes[host];
  }

  String hostIp(int host) {
    return hostIps.get(host);
  }

  boolean usesProxy(int host) {
    return proxyUsers[host];
  }

  /** Multiplier of the browsing rate: people differ, and servers barely browse. */
  double browseFactor(int host) {
    return browseFactor[host];
  }

  String userAgent(int host) {
    return userAgents[host];
  }

  byte[] resolverAddress() {
    return resolverBytes;
  }

  byte[] proxyAddress() {
    return proxyBytes;
  }

  Catalog catalog() {
    return catalog;
  }

  List<Destination> destinations() {
    return catalog.all();
  }

  /** The raw address the fast beacon talks to, with no name behind it. */
  String fastBeaconAddress() {
    return fastBeaconAddress;
  }

  PlantedHosts planted() {
    return planted;
  }

  /** Whether host {@code host} runs the nightly backup job, i.e. is the server. */
  boolean isServer(int host) {
    return hostCount() > 4 && host == planted.nightlyBackup();
  }
}
