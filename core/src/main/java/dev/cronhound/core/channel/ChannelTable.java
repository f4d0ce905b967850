package dev.cronhound.core.channel;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.net.DiscoveryTraffic;
import dev.cronhound.core.net.IpLiteral;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups flows into channels keyed by (source, destination), in every direction: outbound (local
 * to outside), inbound (outside to a local service) and east-west (local to local), each channel
 * carrying its {@link Direction}. The destination key is what the connection itself says: the TLS
 * SNI or HTTP Host of the same uid, else the address; a DNS answer is shown with the channel, never
 * its key ({@link DestinationNames}). Feed naming events (DNS, TLS, HTTP) before the flows they
 * name; the CLI reads those logs first.
 *
 * <p><b>Which side is local.</b> Zeek's {@code local_orig}/{@code local_resp}, where logged, decide;
 * else the internal networks ({@link AddressScope}). When the first flows say nothing (no verdicts,
 * no address inside the internal networks other than link-local, multicast or broadcast), the table
 * holds up to {@value #LOOK_AHEAD} of them, infers the local side from them ({@link LocalSideGuess})
 * and then goes on; {@link #inference()} says what was inferred. A capture whose first flow is
 * decided costs nothing extra.
 *
 * <p><b>Left out, and counted.</b> Discovery traffic ({@link DiscoveryTraffic}); flows with no local
 * side; east-west queries to a local DNS resolver (port 53); directions not in {@code Directions}; inbound flows that were not a completed session with
 * payload both ways (scanners, failed handshakes: {@link ConnectionOutcome#carriedPayload}). A
 * local host's connections that never carried payload ({@link ConnectionOutcome#failedAttempt}) go
 * to {@link #attempts()}, not to data channels.
 */
public final class ChannelTable implements EventSink {

  /** Undecided flows held before the local side is inferred. */
  static final int LOOK_AHEAD = 20_000;

  private final ChannelTunables tunables;
  private final AddressScope scope;
  private final DestinationNames names;
  private final long burstGapMicros;
  private final long sinceMicros;
  private final long untilMicros;
  private final boolean[] analysed = new boolean[Direction.values().length];
  private final Map<String, Map<String, ChannelSeries>> bySource = new HashMap<>();
  /** Channels between two IPv4 addresses keyed by address: one long key, one lookup (the hot path). */
  private final Long2ObjectOpenHashMap<ChannelSeries> byV4Pair = new Long2ObjectOpenHashMap<>();
  private final Long2ObjectOpenHashMap<ChannelSeries> attemptsByV4Pair = new Long2ObjectOpenHashMap<>();
  private final Map<String, Map<String, ChannelSeries>> attemptsBySource = new HashMap<>();
  /** The closed episodes of every channel: see {@link EpisodeLog}. */
  private final EpisodeLog episodes = new EpisodeLog();
  private final AddressSpans spans = new AddressSpans();
  private final LocalSideGuess guess = new LocalSideGuess();
  /** Flows held while nothing has said which side is local; null once decided. */
  private List<Flow> undecided = new ArrayList<>();
  private LocalInference inference;
  private final IntOpenHashSet inferredV4 = new IntOpenHashSet();
  private final Set<String> inferredOther = new HashSet<>();
  private boolean anyInferred;
  private long windowStart = Long.MAX_VALUE;
  private long windowEnd = Long.MIN_VALUE;
  private long flows;
  private final long[] flowsByDirection = new long[Direction.values().length];
  private final long[] leftOutByDirection = new long[Direction.values().length];
  private long attemptFlows;
  private long leftOutDiscovery;
  private long leftOutInboundWithoutPayload;
  private long leftOutNoLocalSide;
  private long leftOutResolver;
  private long skippedTime;

  public ChannelTable(ChannelTunables tunables, double burstGapSeconds, long sinceMicros, long untilMicros) {
    this.tunables = tunables;
    this.scope = AddressScope.parse(tunables.internalNetworks());
    this.names =
        new DestinationNames(
            (long) (tunables.dnsWindowSeconds() * 1e6), (long) (tunables.dnsClockSlackSeconds() * 1e6));
    this.burstGapMicros = (long) (burstGapSeconds * 1e6);
    this.sinceMicros = sinceMicros;
    this.untilMicros = untilMicros;
    for (Direction d : tunables.analysedDirections()) {
      analysed[d.ordinal()] = true;
    }
  }

  @Override
  public void accept(Event e) {
    if (e instanceof Flow f) {
      add(f);
    } else if (e instanceof DnsLookup d) {
      names.observe(d);
      if (undecided != null) {
        guess.noteDnsClient(d.clientIp());
      }
    } else if (e instanceof TlsSession t) {
      names.observe(t);
    } else if (e instanceof HttpRequest h) {
      names.observe(h);
    }
  }

  private void add(Flow f) {
    long ts = f.tsMicros();
    if (ts < sinceMicros || ts > untilMicros) {
      skippedTime++;
      return;
    }
    if (f.srcIp() == null || f.dstIp() == null) {
      return;
    }
    if (undecided != null) {
      if (!saysWhichSideIsLocal(f)) {
        undecided.add(f);
        if (undecided.size() >= LOOK_AHEAD) {
          decide(true);
        }
        return;
      }
      decide(false);
    }
    place(f);
  }

  /** True when the flow's locality is told: a sensor verdict, or an address in the internal networks. */
  private boolean saysWhichSideIsLocal(Flow f) {
    if (f.localOrig() != null || f.localResp() != null) {
      return true;
    }
    return tells(f.srcIp()) || tells(f.dstIp());
  }

  /** Inside the internal networks, and not a link-local, multicast or broadcast address. */
  private boolean tells(String ip) {
    int v4 = IpLiteral.parseV4Int(ip);
    if (v4 != -1) {
      return scope.isInternalV4(v4) && !DiscoveryTraffic.isDiscoveryV4(v4);
    }
    return scope.isInternal(ip) && !DiscoveryTraffic.isDiscovery(ip, -1, -1, null);
  }

  /** Ends the look-ahead: infers the local side when {@code infer}, then places the held flows. */
  private void decide(boolean infer) {
    List<Flow> held = undecided;
    undecided = null;
    if (infer) {
      inference = guess.infer(held);
      if (inference != null) {
        for (String h : inference.hosts()) {
          int v4 = IpLiteral.parseV4Int(h);
          if (v4 != -1) {
            inferredV4.add(v4);
          } else {
            inferredOther.add(h);
          }
        }
        anyInferred = true;
      }
    }
    for (Flow f : held) {
      place(f);
    }
  }

  /** Settles a look-ahead still open at the end of the input: the rule runs over what was held. */
  private void settle() {
    if (undecided != null) {
      decide(!undecided.isEmpty());
    }
  }

  private boolean isLocal(String ip, int ip4) {
    if (ip4 != -1) {
      return scope.isInternalV4(ip4) || (anyInferred && inferredV4.contains(ip4));
    }
    return scope.isInternal(ip) || (anyInferred && inferredOther.contains(ip));
  }

  private void place(Flow f) {
    String src = f.srcIp();
    String dst = f.dstIp();
    long ts = f.tsMicros();
    int src4 = IpLiteral.parseV4Int(src);
    int dst4 = IpLiteral.parseV4Int(dst);
    boolean srcLocal = f.localOrig() != null ? f.localOrig() : isLocal(src, src4);
    boolean dstLocal = f.localResp() != null ? f.localResp() : isLocal(dst, dst4);
    spans.note(src, src4, srcLocal, ts);
    // Multicast and broadcast groups are in the default internal networks but are no local host.
    spans.note(dst, dst4, dstLocal && !(dst4 != -1 ? DiscoveryTraffic.isDiscoveryV4(dst4)
        : DiscoveryTraffic.isDiscovery(dst, -1, -1, null)), ts);
    if (DiscoveryTraffic.isDiscovery(dst, dst4, f.dstPort(), f.proto())) {
      leftOutDiscovery++;
      return;
    }
    DestinationName name = names.resolve(f);
    boolean keyed = name != null && (name.namedBy() == NamedBy.TLS_SNI || name.namedBy() == NamedBy.HTTP_HOST);
    // A request through a local proxy goes where its Host header says, not to the proxy.
    boolean proxied =
        keyed && name.namedBy() == NamedBy.HTTP_HOST && dstLocal
            && (name.address() == null || !isLocal(name.address(), IpLiteral.parseV4Int(name.address())));
    Direction d;
    if (srcLocal) {
      d = dstLocal && !proxied ? Direction.EAST_WEST : Direction.OUTBOUND;
    } else if (dstLocal) {
      d = Direction.INBOUND;
    } else {
      leftOutNoLocalSide++;
      return;
    }
    if (!analysed[d.ordinal()]) {
      leftOutByDirection[d.ordinal()]++;
      return;
    }
    if (d == Direction.EAST_WEST && f.dstPort() == 53) {
      // A local resolver answers every host all day; what was asked is in dns.log, and where the
      // resolver forwards it is its own outbound traffic.
      leftOutResolver++;
      return;
    }
    if (d == Direction.INBOUND) {
      if (!ConnectionOutcome.carriedPayload(f)) {
        leftOutInboundWithoutPayload++;
        return;
      }
    } else if (ConnectionOutcome.failedAttempt(f)) {
      attempt(f, src4, dst4, d);
      return;
    }
    count(ts);
    flowsByDirection[d.ordinal()]++;
    ChannelSeries series;
    if (!keyed && src4 != -1 && dst4 != -1) {
      series = v4Series(byV4Pair, f, src4, dst4, d);
      if (name != null && series.domain() == null) {
        series.showName(name.domain());
      }
      series.add(f, f.dstPort(), name == null ? NamedBy.ADDRESS : name.namedBy(), false, burstGapMicros,
          tunables.maxEpisodesPerChannel());
    } else {
      String address = keyed && name.address() != null ? name.address() : dst;
      String destination = keyed && name.domain() != null ? name.domain() : address;
      series = keyedSeries(bySource, src, destination, keyed ? name.domain() : null, keyed ? name.namedBy() : NamedBy.ADDRESS, d);
      if (!keyed && name != null) {
        series.showName(name.domain());
      }
      series.noteAddress(dst);
      int port = proxied && name.port() >= 0 ? name.port() : f.dstPort();
      series.add(f, port, name == null ? NamedBy.ADDRESS : name.namedBy(), proxied, burstGapMicros,
          tunables.maxEpisodesPerChannel());
    }
    noteTraits(series, f.uid());
  }

  private void noteTraits(ChannelSeries series, String uid) {
    String[] t = names.traits(uid);
    if (t != null) {
      for (int i = 0; i + 1 < t.length; i += 2) {
        series.noteTrait(t[i], t[i + 1]);
      }
    }
  }

  /** A failed attempt of a local host: its own series per (source, peer address), not a data channel. */
  private void attempt(Flow f, int src4, int dst4, Direction d) {
    attemptFlows++;
    ChannelSeries series =
        src4 != -1 && dst4 != -1
            ? v4Series(attemptsByV4Pair, f, src4, dst4, d)
            : keyedSeries(attemptsBySource, f.srcIp(), f.dstIp(), null, NamedBy.ADDRESS, d);
    series.noteAddress(f.dstIp());
    series.add(f, f.dstPort(), NamedBy.ADDRESS, false, burstGapMicros, tunables.maxEpisodesPerChannel());
  }

  private ChannelSeries v4Series(Long2ObjectOpenHashMap<ChannelSeries> map, Flow f, int src4, int dst4, Direction d) {
    long key = ((long) src4 << 32) | (dst4 & 0xffffffffL);
    ChannelSeries series = map.get(key);
    if (series == null) {
      series = new ChannelSeries(f.srcIp(), f.dstIp(), null, NamedBy.ADDRESS, episodes);
      series.noteAddress(f.dstIp());
      series.direction(d);
      map.put(key, series);
    }
    return series;
  }

  private ChannelSeries keyedSeries(Map<String, Map<String, ChannelSeries>> map, String src, String destination,
      String domain, NamedBy by, Direction d) {
    Map<String, ChannelSeries> dests = map.computeIfAbsent(src, k -> new HashMap<>());
    ChannelSeries series = dests.get(destination);
    if (series == null) {
      series = new ChannelSeries(src, destination, domain, by, episodes);
      series.direction(d);
      dests.put(destination, series);
    }
    return series;
  }

  private void count(long ts) {
    flows++;
    windowStart = Math.min(windowStart, ts);
    windowEnd = Math.max(windowEnd, ts);
  }

  /** Every data channel, in no particular order. */
  public List<ChannelSeries> channels() {
    settle();
    List<ChannelSeries> out = new ArrayList<>(byV4Pair.values());
    bySource.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /**
   * Failed attempts kept apart from the data channels: a local host's connections to one peer that
   * never carried payload ({@link ConnectionOutcome#failedAttempt}: Zeek {@code S0}, {@code REJ},
   * {@code SH}, {@code SHR}, {@code RSTOS0}, {@code RSTRH}, {@code OTH} with no bytes either way),
   * one series per (source, peer address), with its direction.
   */
  public List<ChannelSeries> attempts() {
    settle();
    List<ChannelSeries> out = new ArrayList<>(attemptsByV4Pair.values());
    attemptsBySource.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /** Distinct local addresses seen in the flows (either side): the population prevalence is over. */
  public int localHosts() {
    settle();
    return spans.localCount();
  }

  /**
   * When {@code address} was seen in any flow (either side, left out or not), as {@code {first,
   * last}} epoch microseconds: the time a source was observed, over which a channel's coverage is
   * measured. An address never seen gets the whole window.
   */
  public long[] observedSpan(String address) {
    settle();
    long[] s = address == null ? null : spans.span(address);
    return s != null ? s : new long[] {windowStart, windowEnd};
  }

  /** What was inferred to be local when the data did not say, or null when nothing was. */
  public LocalInference inference() {
    settle();
    return inference;
  }

  /** How many distinct hosts talk to each destination. */
  public Map<String, Integer> hostsPerDestination() {
    Map<String, Set<String>> hosts = new HashMap<>();
    for (ChannelSeries c : channels()) {
      hosts.computeIfAbsent(c.destination(), k -> new HashSet<>()).add(c.host());
    }
    Map<String, Integer> out = new HashMap<>();
    hosts.forEach((d, s) -> out.put(d, s.size()));
    return out;
  }

  /** Hosts that originated at least one channel flow. */
  public int hosts() {
    Set<String> hosts = new HashSet<>();
    for (ChannelSeries c : channels()) {
      hosts.add(c.host());
    }
    return hosts.size();
  }

  public long windowStartMicros() {
    settle();
    return windowStart;
  }

  public long windowEndMicros() {
    settle();
    return windowEnd;
  }

  /** Flows that went into data channels (attempts and left-out flows not counted). */
  public long flows() {
    settle();
    return flows;
  }

  /** Flows that went into data channels of direction {@code d}. */
  public long flows(Direction d) {
    settle();
    return flowsByDirection[d.ordinal()];
  }

  /** Flows of direction {@code d} left out because {@code Directions} does not list it. */
  public long leftOutByDirection(Direction d) {
    settle();
    return leftOutByDirection[d.ordinal()];
  }

  /** Flows that went into {@link #attempts()}. */
  public long attemptFlows() {
    settle();
    return attemptFlows;
  }

  /** Flows to link-local, multicast or broadcast addresses or service-discovery ports, left out. */
  public long leftOutDiscovery() {
    settle();
    return leftOutDiscovery;
  }

  /** Inbound flows that were no completed session with payload (scanners, failed handshakes). */
  public long leftOutInboundWithoutPayload() {
    settle();
    return leftOutInboundWithoutPayload;
  }

  /** East-west flows to port 53 of a local resolver, left out. */
  public long leftOutResolver() {
    settle();
    return leftOutResolver;
  }

  /** Flows neither side of which is local (transit, or a capture whose local side is unknown). */
  public long leftOutNoLocalSide() {
    settle();
    return leftOutNoLocalSide;
  }

  /** East-west flows left out by {@code Directions}. */
  public long skippedInternal() {
    return leftOutByDirection(Direction.EAST_WEST);
  }

  /** Inbound flows left out by {@code Directions}. */
  public long skippedExternalSource() {
    return leftOutByDirection(Direction.INBOUND);
  }

  public long skippedOutsideTime() {
    return skippedTime;
  }

  /** What names destinations from DNS, TLS and HTTP logs: shared with the endpoint correlation. */
  public DestinationNames destinationNames() {
    return names;
  }

  /** Naming state size (uids and resolutions held). */
  public long namingStateSize() {
    return names.size();
  }
}
