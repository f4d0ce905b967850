package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One simulated Debian server: its name, address and clock, its processes, and the records they
 * leave in its {@code audit.log} and {@code syslog} ({@link HostLogs}) and at the {@link
 * ZeekSensor}. Activities work in true (sensor) time; the host clock runs {@link #clockOffset}
 * ahead of it (NTP keeps that within ±0.3 s) and the host's logs carry host time.
 */
final class LinuxHost implements Closeable {
  private static final int EPHEMERAL_LOW = 32768;
  private static final int EPHEMERAL_HIGH = 60999;

  final int index;
  final String name;
  final String ip;
  final byte[] ipBytes;
  final long clockOffset;
  final LinuxProcess systemd;
  /** Daemons started at boot that others log through or fork from. */
  LinuxProcess rsyslogd;
  LinuxProcess logind;
  LinuxProcess sshd;

  private final SplittableRandom random;
  private final HostLogs logs;
  private final PidSequence pids;
  private final AuditRecords records;
  private final ZeekSensor sensor;
  private final long end;
  private long sessions;

  LinuxHost(
      int index,
      String name,
      String ip,
      SplittableRandom random,
      HostLogs logs,
      ZeekSensor sensor,
      long boot,
      long end) {
    this.index = index;
    this.name = name;
    this.ip = ip;
    this.ipBytes = ConnRecord.ascii(ip);
    this.random = random;
    this.logs = logs;
    this.sensor = sensor;
    this.end = end;
    this.clockOffset = -300_000 + random.nextLong(600_001);
    this.pids = new PidSequence(random.split(), 340 + random.nextInt(120), boot + clockOffset);
    this.records = new AuditRecords(random.split());
    this.systemd =
        LinuxProcess.fixed(1, Program.binary("/sbin/init", "/usr/lib/systemd/systemd"), List.of("/sbin/init"), boot);
  }

  /** Host time of true time {@code t}. */
  long clock(long t) {
    return t + clockOffset;
  }

  /** True time at which the host clock reads {@code hostTime}. */
  long trueTime(long hostTime) {
    return hostTime - clockOffset;
  }

  /** Whether true time {@code t} is before the end of the window (later work is not generated). */
  boolean running(long t) {
    return t < end;
  }

  SplittableRandom random() {
    return random;
  }

  long pidReuses() {
    return pids.reuses();
  }

  long auditEvents() {
    return logs.audit.events();
  }

  long syslogLines() {
    return logs.syslog.lines();
  }

  HostLogs logs() {
    return logs;
  }

  /** A new login session of {@code user} (its id is drawn when first logged). */
  AuditSession session(LinuxUser user) {
    return new AuditSession(user.uid(), () -> ++sessions);
  }

  /**
   * {@code parent} forks and the child execs {@code program} at true time {@code t}: the execve
   * event. {@code args} is argv as the parent passes it; a script's argv becomes interpreter,
   * script path, then {@code args[1..]}, as the kernel rewrites it.
   */
  LinuxProcess exec(
      long t,
      LinuxProcess parent,
      Program program,
      List<String> args,
      LinuxUser user,
      AuditSession session,
      String cwd) {
    List<String> argv = args;
    if (program.isScript()) {
      argv = new ArrayList<>(List.of(program.interpreter().path(), program.path()));
      argv.addAll(args.subList(1, args.size()));
    }
    LinuxProcess p =
        new LinuxProcess(pids, parent, program, argv, user, session, cwd, parent.tty, clock(t));
    audit(p, p.start, () -> records.execve(p));
    return p;
  }

  /** A child of {@code parent} exec'ing {@code program} as the parent's user, session and cwd. */
  LinuxProcess exec(long t, LinuxProcess parent, Program program, String... args) {
    return exec(t, parent, program, List.of(args), parent.user, parent.session, parent.cwd);
  }

  /** {@code parent} forks at true time {@code t} and the child never execs (no record of its own). */
  LinuxProcess fork(long t, LinuxProcess parent, LinuxUser user, AuditSession session, String tty) {
    return new LinuxProcess(
        pids, parent, parent.program, parent.argv, user, session, parent.cwd, tty, clock(t));
  }

  /** A daemon systemd started at boot before auditd ran: no execve record, a pid when first logged. */
  LinuxProcess daemon(long t, Program program, String... argv) {
    return new LinuxProcess(
        pids, systemd, program, List.of(argv), LinuxUser.ROOT, AuditSession.UNSET, "/", "(none)", clock(t));
  }

  /** {@code p} exits at true time {@code t}. */
  void exit(LinuxProcess p, long t) {
    p.end = clock(t);
  }

  /** An audit event of {@code p} at host time {@code at}. */
  void audit(LinuxProcess p, long at, Supplier<List<AuditRecord>> event) {
    logs.at(at, () -> logs.audit.event(at, p.pid(), event.get()));
  }

  AuditRecords records() {
    return records;
  }

  /** A syslog line {@code tag[pid of p]: message} at true time {@code t}. */
  void syslog(long t, String tag, LinuxProcess p, String message) {
    long at = clock(t);
    logs.at(at, () -> logs.syslog.line(at, tag, p.pid(), message));
  }

  /** A syslog line whose text names something drawn when written (a pid, a session id). */
  void syslog(long t, String tag, LinuxProcess p, Supplier<String> message) {
    long at = clock(t);
    logs.at(at, () -> logs.syslog.line(at, tag, p.pid(), message.get()));
  }

  /** A syslog line without a pid ({@code kernel: ...}). */
  void syslog(long t, String tag, String message) {
    long at = clock(t);
    logs.at(at, () -> logs.syslog.line(at, tag, -1, message));
  }

  /**
   * {@code p} looks {@code d} up just before true time {@code t} (Debian servers cache nothing): the
   * UDP {@code connect} to the resolver, the Zeek conn and dns records. Returns the address used.
   */
  String resolve(LinuxProcess p, long t, Destination d) {
    long rtt = 600 + random.nextLong(30_000);
    long query = t - rtt - 200 - random.nextLong(3_000);
    int first = random.nextInt(d.addressCount());
    long at = clock(query) - 50 - random.nextLong(300);
    audit(p, at, () -> records.connect(p, LinuxSimulation.RESOLVER, 53, false));
    sensor.lookup(query, ipBytes, ephemeralPort(), d, first, rtt);
    return d.addresses().get(first);
  }

  /**
   * {@code p} connects to {@code dstIp:port} at true time {@code t}: the audit {@code connect}
   * event and a Zeek conn record from an ephemeral port of this host.
   */
  void connect(
      LinuxProcess p,
      long t,
      String dstIp,
      int port,
      boolean nonBlocking,
      long origBytes,
      long respBytes,
      long duration) {
    long at = clock(t);
    audit(p, at, () -> records.connect(p, dstIp, port, nonBlocking));
    sensor.tcp(
        t,
        ipBytes,
        ephemeralPort(),
        ConnRecord.ascii(dstIp),
        port,
        LinuxDestinations.service(port),
        duration,
        origBytes,
        respBytes);
  }

  /**
   * {@code p} moves {@code up} bytes to and {@code down} bytes from {@code d} in a connection at
   * true time {@code t}, looking the name up first (unless {@code d} is a bare address), and
   * counts it for {@code counts}. Returns when the transfer ends.
   */
  long transfer(
      LinuxProcess p,
      long t,
      Destination d,
      boolean nonBlocking,
      long up,
      long down,
      long duration,
      EstateCase.Counts counts) {
    String address = d.addresses().get(0);
    String ip = d.name().equals(address) ? address : resolve(p, t, d);
    connect(p, t, ip, d.port(), nonBlocking, up, down, duration);
    counts.connection(t);
    return t + duration;
  }

  /** Linux picks source ports pseudo-randomly from 32768-60999. */
  private int ephemeralPort() {
    return EPHEMERAL_LOW + random.nextInt(EPHEMERAL_HIGH - EPHEMERAL_LOW + 1);
  }

  @Override
  public void close() throws IOException {
    logs.close();
  }
}
