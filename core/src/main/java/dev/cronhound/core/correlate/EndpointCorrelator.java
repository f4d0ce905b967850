package dev.cronhound.core.correlate;

import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.channel.DestinationName;
import dev.cronhound.core.channel.DestinationNames;
import dev.cronhound.core.channel.NamedBy;
import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.lineage.CommandLineShape;
import dev.cronhound.core.lineage.Lineage;
import dev.cronhound.core.lineage.ProcessNode;
import dev.cronhound.core.lineage.ProcessTable;
import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.net.IpLiteral;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The endpoint correlation, as one streaming operator over endpoint events in time order (up to
 * {@code TimeWindow} out of order): process starts and ends build the {@link ProcessTable}, task
 * runs and registrations the {@link JobLedger}, lookups name addresses, and each outbound
 * connection to an external address is attributed, once the stream has moved {@code TimeWindow}
 * past it, to its process, lineage and task, and added to its {@link InitiatorChannel}, where a
 * sensor flow can join it later ({@link #flows()}).
 *
 * <p>State is bounded in time: every {@value #EXPIRE_EVERY_SECONDS} s of stream time, processes,
 * task runs and lookups older than their retention are dropped; {@link #state()} reports sizes.
 * Channels and the connections waiting for flows grow with the connections attributed.
 */
public final class EndpointCorrelator implements EventSink {

  static final long EXPIRE_EVERY_SECONDS = 600;
  /** Flows the join holds, at most, before settling the clocks early ({@link FlowJoin}). */
  static final int HELD_FLOWS = 200_000;

  /** Sizes of the join state, for the run summary and the benchmark. */
  public record State(
      int processes, int peakProcesses, int jobEntries, int dnsNames, int waitingForFlows, int channels,
      long attributed, long unattributed) {}

  private final CorrelationTunables tunables;
  private final AddressScope scope;
  private final boolean includeInternal;
  private final DestinationNames sensorNames;
  private final ProcessTable processes;
  private final JobLedger jobs;
  private final EndpointDnsNames endpointNames;
  private final FlowJoin flows;
  private final long tolerance;
  private final PriorityQueue<NetworkConnection> pending =
      new PriorityQueue<>((a, b) -> Long.compare(a.tsMicros(), b.tsMicros()));
  private final Map<InitiatorKey, Map<String, InitiatorChannel>> channels = new LinkedHashMap<>();
  private final Map<String, long[]> hostWindows = new HashMap<>();
  private long watermark = Long.MIN_VALUE;
  private long lastExpiry = Long.MIN_VALUE;
  private int peakProcesses;
  private long attributed;
  private long unattributed;

  /**
   * @param sensorNames names from network sensors (Zeek DNS), consulted after the endpoint's own
   *     lookups; fed by the caller
   */
  public EndpointCorrelator(CorrelationTunables t, ChannelTunables channel, DestinationNames sensorNames) {
    this.tunables = t;
    this.scope = AddressScope.parse(channel.internalNetworks());
    this.includeInternal = channel.includeInternalDestinations();
    this.sensorNames = sensorNames;
    this.tolerance = t.timeWindowMicros();
    long retention = (long) (t.processRetentionHours() * 3600e6);
    this.processes = new ProcessTable(tolerance, retention, (long) (t.processIdleHours() * 3600e6));
    this.jobs = new JobLedger(tolerance, retention);
    this.endpointNames = new EndpointDnsNames((long) (channel.dnsWindowSeconds() * 1e6), tolerance);
    this.flows = new FlowJoin(tolerance, t.clockMinMatches(), t.clockMaxSpreadMicros(), HELD_FLOWS);
  }

  @Override
  public void accept(Event e) {
    long ts;
    if (e instanceof ProcessStart s) {
      processes.add(s);
      ts = s.tsMicros();
      seen(s.host(), ts);
    } else if (e instanceof ProcessEnd x) {
      processes.end(x);
      ts = x.tsMicros();
      seen(x.host(), ts);
    } else if (e instanceof JobRun r) {
      jobs.add(r);
      ts = r.tsMicros();
      seen(r.host(), ts);
    } else if (e instanceof ScheduledJob j) {
      // A definition is state, not activity: it neither widens the host's observation window nor
      // moves the stream's clock (a crontab file's time is its modification time, any day).
      jobs.add(j);
      return;
    } else if (e instanceof DnsQuery q) {
      endpointNames.observe(q);
      ts = q.tsMicros();
      seen(q.host(), ts);
    } else if (e instanceof NetworkConnection c) {
      ts = c.tsMicros();
      seen(c.host(), ts);
      if (wanted(c)) {
        pending.add(c);
      } else if (c.srcIp() != null && c.srcPort() >= 0 && c.dstIp() != null) {
        // Not a channel's, but its 5-tuple still tells the host's clock against the sensor.
        flows.observe(c.protocol(), c.srcIp(), c.srcPort(), c.dstIp(), c.dstPort(), ts, hostKey(c), c.host());
      }
    } else {
      return;
    }
    advance(ts);
  }

  /** Attributes every connection still waiting for the stream to move on; call at end of input. */
  public void finish() {
    while (!pending.isEmpty()) {
      attribute(pending.poll());
    }
    peakProcesses = Math.max(peakProcesses, processes.size());
  }

  private void advance(long ts) {
    if (ts <= watermark) {
      return;
    }
    watermark = ts;
    while (!pending.isEmpty() && pending.peek().tsMicros() + tolerance <= watermark) {
      attribute(pending.poll());
    }
    if (lastExpiry == Long.MIN_VALUE) {
      lastExpiry = watermark;
    } else if (watermark - lastExpiry >= EXPIRE_EVERY_SECONDS * 1_000_000L) {
      peakProcesses = Math.max(peakProcesses, processes.size());
      long horizon = watermark - tolerance;
      processes.expire(horizon);
      jobs.expire(horizon);
      endpointNames.expire(horizon);
      lastExpiry = watermark;
    }
  }

  private boolean wanted(NetworkConnection c) {
    if (!c.outbound() || c.dstIp() == null || !IpLiteral.isLiteral(c.dstIp())) {
      return false;
    }
    return includeInternal || !scope.isInternal(c.dstIp());
  }

  private void attribute(NetworkConnection c) {
    Optional<ProcessNode> found = processes.find(c.host(), c.process(), c.tsMicros());
    ProcessNode node = found.orElse(null);
    Lineage lineage = node == null ? null : processes.lineage(node);
    JobLink link = lineage == null ? null : jobs.link(lineage);
    if (node == null) {
      unattributed++;
    } else {
      attributed++;
    }
    String image = node != null && node.image() != null ? node.image() : c.image();
    String imageName = ProcessNode.fileName(image);
    String job = link == null ? null : link.job();
    String host = hostKey(c);
    InitiatorKey key =
        job != null
            ? new InitiatorKey(host, job, imageName, null, null)
            : new InitiatorKey(
                host,
                null,
                imageName,
                node != null ? node.shape() : CommandLineShape.of(image),
                lower(node != null && node.user() != null ? node.user() : c.user()));
    String domain = null;
    NamedBy by = NamedBy.ADDRESS;
    String named = endpointNames.name(c.host(), c.dstIp(), c.tsMicros());
    if (named != null) {
      domain = named;
      by = NamedBy.ENDPOINT_DNS;
    } else {
      DestinationName n = sensorNames == null ? null : sensorNames.resolve(asFlow(c));
      if (n != null && n.domain() != null) {
        domain = n.domain();
        by = n.namedBy();
      } else if (c.dstHostname() != null && !c.dstHostname().isBlank() && !IpLiteral.isLiteral(c.dstHostname())) {
        domain = c.dstHostname().trim().toLowerCase(Locale.ROOT);
        by = NamedBy.SENSOR_HOSTNAME;
      }
    }
    String destination = domain != null ? domain : c.dstIp();
    final String d = domain;
    final NamedBy b = by;
    InitiatorChannel ch = channels.computeIfAbsent(key, k -> new LinkedHashMap<>())
        .computeIfAbsent(destination, k -> new InitiatorChannel(key, destination, d, b));
    ch.hostName(c.host() != null ? c.host() : node != null ? node.host() : null);
    int index = ch.add(c.tsMicros(), c.srcIp(), c.dstIp(), c.dstPort(), by, node, c.image(), c.user(),
        lineage, link, c.origin());
    if (c.srcIp() != null && c.srcPort() >= 0) {
      flows.expect(c.protocol(), c.srcIp(), c.srcPort(), c.dstIp(), c.dstPort(), c.tsMicros(), ch, index);
    } else {
      flows.expectWithoutSource(c.protocol(), host, c.dstIp(), c.dstPort(), c.tsMicros(),
          ch, index);
    }
  }

  /** The host a connection is keyed by, lower case: its host, else its source address. */
  private static String hostKey(NetworkConnection c) {
    String host = c.host() == null ? (c.srcIp() == null ? "" : c.srcIp()) : c.host();
    return host.toLowerCase(Locale.ROOT);
  }

  private static Flow asFlow(NetworkConnection c) {
    return new Flow(c.tsMicros(), null, c.srcIp(), c.srcPort(), c.dstIp(), c.dstPort(), c.protocol(), null,
        -1, -1, -1, null, c.origin());
  }

  private void seen(String host, long ts) {
    long[] w = hostWindows.computeIfAbsent(host == null ? "" : host.toLowerCase(Locale.ROOT),
        k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
    w[0] = Math.min(w[0], ts);
    w[1] = Math.max(w[1], ts);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** Every initiator channel, in the order they were first seen. */
  public List<InitiatorChannel> channels() {
    List<InitiatorChannel> out = new ArrayList<>();
    channels.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /** First and last endpoint event time of {@code host} (lower case), or null. */
  public long[] window(String host) {
    long[] w = hostWindows.get(host);
    return w == null ? null : w.clone();
  }

  /** Where sensor flows join the attributed connections. */
  public FlowJoin flows() {
    return flows;
  }

  public JobLedger jobs() {
    return jobs;
  }

  public State state() {
    int n = 0;
    for (Map<String, InitiatorChannel> m : channels.values()) {
      n += m.size();
    }
    return new State(processes.size(), Math.max(peakProcesses, processes.size()), jobs.size(),
        endpointNames.size(), flows.waiting(), n, attributed, unattributed);
  }
}
