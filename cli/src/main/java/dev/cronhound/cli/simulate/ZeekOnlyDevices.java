package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.DAY;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Devices seen only by the network sensor (no endpoint log): a Linux server ({@value #LINUX}) that
 * polls NTP, runs apt twice a day and calls the GitHub API now and then, and a printer ({@value
 * #PRINTER}) that checks for firmware every hour and syncs its clock.
 */
final class ZeekOnlyDevices implements EstateActivity {
  static final String LINUX = "10.20.0.200";
  static final String PRINTER = "10.20.0.201";

  private final ZeekSensor sensor;
  private final DnsCache dns;
  private final EstateDestinations destinations;
  private final SplittableRandom random;
  private final int linuxSlot;
  private final int printerSlot;
  private final byte[] linux = ConnRecord.ascii(LINUX);
  private final byte[] printer = ConnRecord.ascii(PRINTER);
  private final EstateCase printerTruth;
  private final EstateCase ntpTruth;
  private final EstateCase aptTruth;
  private int port;
  private long nextNtp;
  private long nextFirmware;
  private long nextPrinterTime;

  /** @param slot the first of two DNS cache slots after the workstations' */
  ZeekOnlyDevices(
      ZeekSensor sensor,
      DnsCache dns,
      int slot,
      EstateDestinations destinations,
      SplittableRandom random,
      long start) {
    this.sensor = sensor;
    this.dns = dns;
    this.linuxSlot = slot;
    this.printerSlot = slot + 1;
    this.destinations = destinations;
    this.random = random;
    this.port = random.nextInt(20_000);
    nextNtp = start + between(random, 0, 1024 * SECOND);
    nextFirmware = start + between(random, 0, HOUR);
    nextPrinterTime = start + between(random, 0, 4 * HOUR);
    printerTruth = device("printer-firmware-check", PRINTER, destinations.printerCloud, 3600,
        "network only: printer firmware check every hour +-5 min, small");
    ntpTruth = device("linux-ntp", LINUX, destinations.debianNtp, 1024,
        "network only: NTP poll every 1024 s");
    aptTruth = device("linux-apt", LINUX, destinations.debian, -1,
        "network only: apt update twice a day at irregular times, download-heavy");
  }

  private static EstateCase device(
      String name, String ip, Destination d, long period, String note) {
    return new EstateCase(
        name, null, ip, null, null, null, d.name(), d.addresses(), d.port(), period, null, note,
        new EstateCase.Counts());
  }

  List<EstateCase> truth() {
    return List.of(aptTruth, ntpTruth, printerTruth);
  }

  @Override
  public void emit(long from, long to) {
    while (nextNtp < to) {
      ntp(linux, linuxSlot, destinations.debianNtp, nextNtp);
      ntpTruth.counts().connection(nextNtp);
      nextNtp += 1024 * SECOND + between(random, -200_000, 200_000);
    }
    while (nextPrinterTime < to) {
      ntp(printer, printerSlot, destinations.windowsTime, nextPrinterTime);
      nextPrinterTime += 4 * HOUR + between(random, -MINUTE, MINUTE);
    }
    while (nextFirmware < to) {
      tcp(printer, printerSlot, destinations.printerCloud, nextFirmware, between(random, 800, 1_500),
          between(random, 2_000, 6_000));
      printerTruth.counts().connection(nextFirmware);
      nextFirmware += HOUR + between(random, -5 * MINUTE, 5 * MINUTE);
    }
    long midnight = Math.floorDiv(from, DAY) * DAY;
    for (long base : new long[] {6 * HOUR, 18 * HOUR}) {
      long t = midnight + base + between(random, -HOUR, HOUR);
      if (t >= from && t < to) {
        tcp(linux, linuxSlot, destinations.debian, t, between(random, 400, 1_200),
            between(random, 20_000, 2_000_000));
        aptTruth.counts().connection(t);
        tcp(linux, linuxSlot, destinations.debianSecurity, t + between(random, SECOND, 4 * SECOND),
            between(random, 400, 1_200), between(random, 5_000, 400_000));
      }
    }
    int calls = random.nextInt(5);
    for (int i = 0; i < calls; i++) {
      tcp(linux, linuxSlot, destinations.github, between(random, from, to),
          between(random, 500, 3_000), between(random, 2_000, 40_000));
    }
  }

  private String resolve(byte[] client, int slot, Destination d, long t) {
    int cached = dns.lookup(slot, d, t);
    if (cached >= 0) {
      return d.addresses().get(cached);
    }
    long rtt = 800 + random.nextLong(30_000);
    long query = t - rtt - 10_000 - random.nextLong(100_000);
    int first = random.nextInt(d.addressCount());
    sensor.lookup(query, client, nextPort(), d, first, rtt);
    dns.store(slot, d, query + rtt, first);
    return d.addresses().get(first);
  }

  private void tcp(byte[] client, int slot, Destination d, long t, long orig, long resp) {
    String ip = resolve(client, slot, d, t);
    sensor.tcp(t, client, nextPort(), ConnRecord.ascii(ip), d.port(),
        EstateDestinations.service(d.port()), between(random, 100_000, 3 * SECOND) + resp / 8,
        orig, resp);
  }

  private void ntp(byte[] client, int slot, Destination d, long t) {
    String ip = resolve(client, slot, d, t);
    sensor.ntp(t, client, ConnRecord.ascii(ip));
  }

  private int nextPort() {
    port = (port + 1 + random.nextInt(3)) % 16384;
    return 49152 + port;
  }
}
