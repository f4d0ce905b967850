package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One simulated Windows workstation: its identity, clock, processes and the records they leave in
 * its {@link EndpointLog} and at the {@link ZeekSensor}. Activities work in true (sensor) time;
 * the host's clock runs {@link #clockOffset} ahead of it, and endpoint records carry host time.
 */
final class Workstation implements Closeable {
  static final String DOMAIN = "CORP";
  static final String DNS_SUFFIX = "corp.example";
  private static final int EPHEMERAL_BASE = 49152;
  private static final int EPHEMERAL_RANGE = 16384;

  final int index;
  final String name;
  final String fqdn;
  final String ip;
  final byte[] ipBytes;
  final Account user;
  final boolean sysmon;
  final long sysmonPid;
  final long lsassPid;
  final long clockOffset;

  private final Account machine;
  private final int machineId;
  private final SplittableRandom random;
  private final PidPool pids;
  private final EndpointLog log;
  private final ZeekSensor sensor;
  private final DnsCache dns;
  private final WinProcess wininit;
  private final WinProcess userinit;
  private int guidCounter;
  private int portCursor;
  private WinProcess services;
  private WinProcess schedule;
  private WinProcess explorer;

  Workstation(
      int index,
      String name,
      String ip,
      Account user,
      boolean sysmon,
      SplittableRandom random,
      EndpointLog log,
      ZeekSensor sensor,
      DnsCache dns) {
    this.index = index;
    this.name = name;
    this.fqdn = name + "." + DNS_SUFFIX;
    this.ip = ip;
    this.ipBytes = ConnRecord.ascii(ip);
    this.user = user;
    this.sysmon = sysmon;
    this.random = random;
    this.log = log;
    this.sensor = sensor;
    this.dns = dns;
    this.machine = new Account(DOMAIN, name + "$", "S-1-5-18", "0x3e7");
    this.machineId = random.nextInt();
    this.clockOffset = -800_000 + random.nextLong(1_600_001);
    this.portCursor = random.nextInt(EPHEMERAL_RANGE);
    long wininitPid = 4L * (120 + random.nextInt(40));
    long userinitPid = 4L * (1700 + random.nextInt(100));
    this.lsassPid = wininitPid + 4L * (10 + random.nextInt(20));
    this.sysmonPid = 4L * (800 + random.nextInt(200));
    this.pids = new PidPool(random.split(), List.of(wininitPid, userinitPid, lsassPid, sysmonPid));
    this.wininit =
        WinProcess.unlogged(
            nextGuid(0), "C:\\Windows\\System32\\wininit.exe", Account.SYSTEM, wininitPid);
    this.userinit =
        WinProcess.unlogged(
            nextGuid(0), "C:\\Windows\\System32\\userinit.exe", user, userinitPid);
  }

  /** Host time of true time {@code t}. */
  long clock(long t) {
    return t + clockOffset;
  }

  SplittableRandom random() {
    return random;
  }

  /** The Task Scheduler service's svchost.exe (started at boot). */
  WinProcess schedule() {
    return schedule;
  }

  WinProcess services() {
    return services;
  }

  /** The interactive user's explorer.exe, or null before the first logon. */
  WinProcess explorer() {
    return explorer;
  }

  long pidReuses() {
    return pids.reuses();
  }

  EndpointLog log() {
    return log;
  }

  /**
   * Boots at true time {@code t}: services.exe (child of the unlogged wininit.exe), then the Task
   * Scheduler's svchost.exe.
   */
  void boot(long t) {
    services =
        start(
            t,
            wininit,
            "C:\\Windows\\System32\\services.exe",
            "C:\\Windows\\system32\\services.exe",
            Account.SYSTEM,
            Integrity.SYSTEM,
            "C:\\Windows\\system32\\");
    schedule = service(t + 2_100_000 + random.nextLong(900_000), "netsvcs -p -s Schedule");
  }

  /** A service host started by services.exe: {@code svchost.exe -k GROUP}. */
  WinProcess service(long t, String group) {
    return start(
        t,
        services,
        "C:\\Windows\\System32\\svchost.exe",
        "C:\\Windows\\system32\\svchost.exe -k " + group,
        Account.SYSTEM,
        Integrity.SYSTEM,
        "C:\\Windows\\system32\\");
  }

  /** The user logs on at {@code t}: explorer.exe, child of the unlogged userinit.exe. */
  WinProcess logon(long t) {
    explorer =
        start(
            t,
            userinit,
            "C:\\Windows\\explorer.exe",
            "C:\\Windows\\Explorer.EXE",
            user,
            Integrity.MEDIUM,
            "C:\\Windows\\system32\\");
    return explorer;
  }

  /** Starts a process at true time {@code t}; its start record is Sysmon 1 or Security 4688. */
  WinProcess start(
      long t,
      WinProcess parent,
      String image,
      String commandLine,
      Account account,
      Integrity integrity,
      String currentDirectory) {
    long at = clock(t);
    WinProcess p =
        new WinProcess(
            nextGuid(at),
            image,
            commandLine,
            account,
            integrity,
            currentDirectory,
            parent,
            at,
            account.isSystem() ? 0 : 1);
    log.at(
        at,
        () -> {
          pids.assign(p);
          return sysmon
              ? SysmonRecords.processCreate(this, p)
              : SecurityRecords.processCreate(this, p);
        });
    return p;
  }

  /** The process exits at true time {@code t} (Sysmon 5; hosts without Sysmon log nothing). */
  void end(WinProcess p, long t) {
    p.end = clock(t);
    if (sysmon) {
      log.at(p.end, () -> SysmonRecords.processEnd(this, p));
    }
  }

  /**
   * Resolves {@code d} for {@code p} before a connection at true time {@code t}, unless the host's
   * DNS cache still holds an answer: a lookup at the resolver (Zeek conn + dns) and, with Sysmon, a
   * Sysmon 22 once the answer is in. Returns the address the connection goes to.
   */
  String resolve(WinProcess p, long t, Destination d) {
    int cached = dns.lookup(index, d, t);
    if (cached >= 0) {
      return d.addresses().get(cached);
    }
    long rtt = 800 + random.nextLong(40_000);
    long query = t - rtt - 20_000 - random.nextLong(200_000);
    int first = random.nextInt(d.addressCount());
    sensor.lookup(query, ipBytes, nextPort(), d, first, rtt);
    if (sysmon) {
      StringBuilder results = new StringBuilder();
      for (int i = 0; i < d.addressCount(); i++) {
        results.append("::ffff:").append(d.addresses().get((first + i) % d.addressCount()));
        results.append(';');
      }
      long at = clock(query + rtt) + 1_000 + random.nextLong(8_000);
      String answers = results.toString();
      log.at(at, () -> SysmonRecords.dnsQuery(this, p, at, d.name(), answers));
    }
    dns.store(index, d, query + rtt, first);
    return d.addresses().get(first);
  }

  /**
   * {@code p} opens a TCP connection at true time {@code t}: the endpoint record (Sysmon 3, or
   * Security 5156 without Sysmon) a little later on the host clock, and the Zeek conn record with
   * the same 5-tuple at the sensor.
   *
   * @param hostname the destination's name, or null for a bare address
   * @param service Zeek's service ({@code ssl}, {@code http}) or null
   */
  void connect(
      WinProcess p,
      long t,
      String dstIp,
      int dstPort,
      String hostname,
      byte[] service,
      long origBytes,
      long respBytes,
      long duration) {
    int srcPort = nextPort();
    long at = clock(t);
    long logged = at + random.nextLong(600_000);
    if (sysmon) {
      log.at(
          logged,
          () -> SysmonRecords.networkConnect(this, p, at, srcPort, dstIp, dstPort, hostname));
    } else {
      long filter = 65_000 + random.nextInt(20_000);
      log.at(
          logged,
          () -> SecurityRecords.connectionPermitted(this, p, srcPort, dstIp, dstPort, filter));
    }
    sensor.tcp(
        t,
        ipBytes,
        srcPort,
        ConnRecord.ascii(dstIp),
        dstPort,
        service,
        duration,
        origBytes,
        respBytes);
  }

  /** {@code p} connects to {@code d} at {@code dstIp} on {@code d}'s port, as {@link #connect}. */
  void connect(
      WinProcess p,
      long t,
      String dstIp,
      Destination d,
      long origBytes,
      long respBytes,
      long duration) {
    connect(
        p,
        t,
        dstIp,
        d.port(),
        d.name(),
        EstateDestinations.service(d.port()),
        origBytes,
        respBytes,
        duration);
  }

  /** Plans a record at host time {@code at} (Task Scheduler and Security records). */
  void record(long at, java.util.function.Supplier<WinRecord> render) {
    log.at(at, render);
  }

  /** How {@code a} appears as a 4688/4698 subject: LocalSystem as the machine account. */
  Account asSubject(Account a) {
    return a.isSystem() ? machine : a;
  }

  /** Sysmon's {@code LogonGuid} for the logon session of {@code a}. */
  String logonGuid(Account a) {
    long logon = Long.parseLong(a.logonId().substring(2), 16);
    return String.format(
        Locale.ROOT,
        "{%08x-%04x-%04x-%04x-%012x}",
        machineId,
        (machineId >>> 7) & 0xffff,
        0x6595,
        Short.reverseBytes((short) logon) & 0xffff,
        (logon >>> 16) & 0xffffffffL);
  }

  /**
   * A fresh Sysmon-style ProcessGuid: the machine part, the start time's seconds, a per-host
   * sequence number.
   */
  private String nextGuid(long at) {
    int n = ++guidCounter;
    long seconds = Math.floorDiv(at, TimeWindow.SECOND);
    return String.format(
        Locale.ROOT,
        "{%08x-%04x-%04x-%04x-00000000%02x00}",
        machineId,
        seconds & 0xffff,
        (seconds >>> 16) & 0xffff,
        Short.reverseBytes((short) n) & 0xffff,
        (n >>> 16) & 0xff);
  }

  /** The next ephemeral source port: Windows hands them out in rising order, wrapping around. */
  int nextPort() {
    portCursor = (portCursor + 1 + random.nextInt(2)) % EPHEMERAL_RANGE;
    return EPHEMERAL_BASE + portCursor;
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
