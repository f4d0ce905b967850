package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs a Windows estate simulation: boots every workstation at the start of the window, logs its
 * user on in the morning, registers the tasks, then walks the window day by day, letting every
 * activity generate that day and writing out everything that can no longer be preceded by a later
 * record. Per host: {@code xml/HOST.xml} and {@code ndjson/HOST.ndjson} (the same records); for
 * the network {@code zeek/conn.log} and {@code zeek/dns.log}; and {@code truth.json}.
 */
public final class WindowsSimulation {
  static final String[] USERS = {
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
    "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yolanda"
  };

  /** The host without Sysmon (WS04): Security and Task Scheduler logs only. */
  static final int NO_SYSMON = 3;

  private WindowsSimulation() {}

  static String hostName(int i) {
    return String.format(Locale.ROOT, "WS%02d", i + 1);
  }

  static String hostIp(int i) {
    return "10.20.0." + (11 + i);
  }

  static String userName(int i) {
    return i < USERS.length ? USERS[i] : "user" + (i + 1);
  }

  public static WindowsSimulationSummary run(WindowsSimulationOptions options) throws IOException {
    Path xmlDir = Files.createDirectories(options.out().resolve("xml"));
    Path jsonDir = Files.createDirectories(options.out().resolve("ndjson"));
    Path zeekDir = Files.createDirectories(options.out().resolve("zeek"));
    TimeWindow window = TimeWindow.of(options.start(), options.days());
    SplittableRandom root = new SplittableRandom(options.seed());
    EstateDestinations destinations = new EstateDestinations(root.split());
    int n = options.hosts();
    DnsCache dns = new DnsCache(n + 2, destinations.count());
    List<Workstation> hosts = new ArrayList<>();
    List<EstateActivity> activities = new ArrayList<>();
    List<EstateCase> planted = new ArrayList<>();
    List<EstateCase> benign = new ArrayList<>();
    Map<String, Long> events = new LinkedHashMap<>();
    long conn;
    long dnsRecords;
    try (Timeline timeline =
        new Timeline(
            zeekDir,
            OutputFormat.TSV,
            false,
            EnumSet.of(LogKind.CONN, LogKind.DNS),
            window.start(),
            window.end())) {
      ZeekSensor sensor = new ZeekSensor(timeline, root.split());
      try {
        for (int i = 0; i < n; i++) {
          SplittableRandom random = root.split();
          String name = hostName(i);
          Account user =
              new Account(
                  Workstation.DOMAIN,
                  userName(i),
                  "S-1-5-21-3623811015-3361044348-30300820-" + (1011 + i),
                  "0x" + Long.toHexString(0x30000 + random.nextInt(0x500000)));
          EndpointLog log =
              new EndpointLog(
                  name + "." + Workstation.DNS_SUFFIX,
                  window.endMicros(),
                  random.split(),
                  xmlDir.resolve(name + ".xml"),
                  jsonDir.resolve(name + ".ndjson"));
          Workstation host =
              new Workstation(
                  i, name, hostIp(i), user, i != NO_SYSMON, random.split(), log, sensor, dns);
          hosts.add(host);
          populate(host, window, destinations, random, activities, planted, benign);
        }
        ZeekOnlyDevices devices =
            new ZeekOnlyDevices(
                sensor, dns, n, destinations, root.split(), window.startMicros());
        activities.add(devices);
        benign.addAll(devices.truth());
        EstateDays.walk(
            window,
            activities,
            watermark -> {
              for (Workstation h : hosts) {
                h.log().flushBefore(watermark);
              }
              timeline.flushBefore(watermark);
            });
      } finally {
        for (Workstation h : hosts) {
          h.close();
        }
      }
      for (Workstation h : hosts) {
        long total = 0;
        for (EventLogSource s : EventLogSource.values()) {
          total += h.log().written(s);
        }
        events.put(h.name, total);
      }
      timeline.flushBefore(Long.MAX_VALUE);
      conn = timeline.written(LogKind.CONN);
      dnsRecords = timeline.written(LogKind.DNS);
    }
    WindowsTruthFile.write(
        options.out().resolve(TruthFile.NAME), options, window, hosts, planted, benign);
    return new WindowsSimulationSummary(options.out(), events, conn, dnsRecords);
  }

  /** Boots {@code host}, logs its user on, and sets up what runs on it. */
  private static void populate(
      Workstation host,
      TimeWindow window,
      EstateDestinations destinations,
      SplittableRandom random,
      List<EstateActivity> activities,
      List<EstateCase> planted,
      List<EstateCase> benign) {
    long boot = window.startMicros() + between(random, 3 * SECOND, 9 * SECOND);
    host.boot(boot);
    TaskSchedulerService tasks = new TaskSchedulerService(host, random.split());
    WindowsUpdateService update = new WindowsUpdateService(host, destinations, random.split(), boot);
    DefenderActivity defender =
        new DefenderActivity(
            host, tasks, destinations, random.split(), boot, boot + between(random, MINUTE, 3 * MINUTE));
    GoogleUpdateTask google =
        new GoogleUpdateTask(
            host, tasks, destinations, random.split(), boot + between(random, 3 * MINUTE, 8 * MINUTE));
    NightlyBackupTask backup =
        new NightlyBackupTask(
            host, tasks, destinations, random.split(), boot + between(random, 8 * MINUTE, 12 * MINUTE));
    long morning = window.midnight(0) + 7 * HOUR + between(random, 50 * MINUTE, 130 * MINUTE);
    long logon = Math.max(morning, boot + between(random, 15 * MINUTE, 30 * MINUTE));
    host.logon(logon);
    OfficeApps office = new OfficeApps(host, destinations, random.split(), logon);
    ChromeBrowsing chrome = new ChromeBrowsing(host, destinations, random.split());
    activities.addAll(List.of(update, defender, google, backup, office, chrome));
    benign.addAll(
        List.of(
            backup.truth(),
            google.truth(),
            defender.signatureTruth(),
            defender.scanTruth(),
            update.truth(),
            office.outlookTruth(),
            office.teamsTruth()));
    switch (host.index) {
      case 1 -> {
        CacheSyncTask task =
            new CacheSyncTask(
                host, tasks, destinations, random.split(), logon + between(random, 40 * MINUTE, 90 * MINUTE));
        activities.add(task);
        planted.add(task.truth());
      }
      case 2 -> {
        long registered =
            Math.max(
                window.midnight(0) + 40 * MINUTE + between(random, 0, 18 * MINUTE),
                boot + between(random, 20 * MINUTE, 40 * MINUTE));
        DropzoneTask task =
            new DropzoneTask(
                host, tasks, destinations, random.split(), registered, window.endMicros());
        activities.add(task);
        planted.add(task.truth());
      }
      case NO_SYSMON -> {
        SvcupdBeacon beacon = new SvcupdBeacon(host, random.split(), logon);
        activities.add(beacon);
        planted.add(beacon.truth());
      }
      default -> {}
    }
  }
}
