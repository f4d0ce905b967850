package dev.cronhound.core.channel;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.net.IpLiteral;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups flows into channels keyed by (source host, destination), the destination named by {@link
 * DestinationNames}. Feed naming events (DNS, TLS, HTTP) before the flows they name where possible;
 * the CLI reads those logs first. Flows from outside the internal networks, and flows to internal
 * addresses, are counted and left out unless the tunables say otherwise.
 */
public final class ChannelTable implements EventSink {

  private final ChannelTunables tunables;
  private final AddressScope scope;
  private final DestinationNames names;
  private final long burstGapMicros;
  private final long sinceMicros;
  private final long untilMicros;
  private final Map<String, Map<String, ChannelSeries>> bySource = new HashMap<>();
  /** Channels between two IPv4 addresses with no name: one long key, one lookup (the hot path). */
  private final Long2ObjectOpenHashMap<ChannelSeries> byV4Pair = new Long2ObjectOpenHashMap<>();
  /** The closed episodes of every channel: see {@link EpisodeLog}. */
  private final EpisodeLog episodes = new EpisodeLog();
  private long windowStart = Long.MAX_VALUE;
  private long windowEnd = Long.MIN_VALUE;
  private long flows;
  private long skippedInternal;
  private long skippedExternalSource;
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
  }

  @Override
  public void accept(Event e) {
    if (e instanceof Flow f) {
      add(f);
    } else if (e instanceof DnsLookup d) {
      names.observe(d);
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
    String src = f.srcIp();
    String dst = f.dstIp();
    if (src == null || dst == null) {
      return;
    }
    int src4 = IpLiteral.parseV4Int(src);
    boolean srcInternal = src4 != -1 ? scope.isInternalV4(src4) : scope.isInternal(src);
    if (!tunables.includeExternalSources() && !srcInternal) {
      skippedExternalSource++;
      return;
    }
    DestinationName name = names.resolve(f);
    if (name == null) {
      int dst4 = IpLiteral.parseV4Int(dst);
      if (src4 != -1 && dst4 != -1) {
        addByV4Pair(f, src4, dst4);
        return;
      }
    }
    String domain = name == null ? null : name.domain();
    String address = name != null && name.address() != null ? name.address() : dst;
    boolean proxied = name != null && name.namedBy() == NamedBy.HTTP_HOST && scope.isInternal(dst);
    if (!tunables.includeInternalDestinations()
        && (domain == null ? scope.isInternal(address) : (scope.isInternal(address) && !proxied))) {
      skippedInternal++;
      return;
    }
    String destination = domain != null ? domain : address;
    NamedBy by = name == null ? NamedBy.ADDRESS : name.namedBy();
    count(ts);
    Map<String, ChannelSeries> dests = bySource.computeIfAbsent(src, k -> new HashMap<>());
    ChannelSeries series = dests.get(destination);
    boolean created = series == null;
    if (created) {
      series = new ChannelSeries(src, destination, domain, by, episodes);
      dests.put(destination, series);
    }
    if (created || name != null) {
      // Unnamed flows go to their own address, the channel's key: noted once.
      series.noteAddress(f.dstIp());
    }
    int port = proxied && name.port() >= 0 ? name.port() : f.dstPort();
    series.add(f, port, by, proxied, burstGapMicros, tunables.maxEpisodesPerChannel());
  }

  /** An unnamed IPv4 -> IPv4 flow: keyed by both addresses in one long. */
  private void addByV4Pair(Flow f, int src4, int dst4) {
    if (!tunables.includeInternalDestinations() && scope.isInternalV4(dst4)) {
      skippedInternal++;
      return;
    }
    count(f.tsMicros());
    long key = ((long) src4 << 32) | (dst4 & 0xffffffffL);
    ChannelSeries series = byV4Pair.get(key);
    if (series == null) {
      series = new ChannelSeries(f.srcIp(), f.dstIp(), null, NamedBy.ADDRESS, episodes);
      series.noteAddress(f.dstIp());
      byV4Pair.put(key, series);
    }
    series.add(f, f.dstPort(), NamedBy.ADDRESS, false, burstGapMicros, tunables.maxEpisodesPerChannel());
  }

  private void count(long ts) {
    flows++;
    windowStart = Math.min(windowStart, ts);
    windowEnd = Math.max(windowEnd, ts);
  }

  /** Every channel, in no particular order. */
  public List<ChannelSeries> channels() {
    List<ChannelSeries> out = new ArrayList<>(byV4Pair.values());
    bySource.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /**
   * Failed attempts kept apart from the data channels: a local host's connections to one peer that
   * never carried payload (Zeek {@code S0}, {@code REJ}, ...), one series per (source,
   * destination). Empty until the table sorts them out.
   */
  public List<ChannelSeries> attempts() {
    return List.of();
  }

  /** Distinct local addresses seen in the flows (either side): the population prevalence is over. */
  public int localHosts() {
    return hosts();
  }

  /**
   * When {@code address} was seen at all, as {@code {first, last}} epoch microseconds: the time a
   * source was observed, over which a channel's coverage is measured. The whole window until the
   * table tracks each address.
   */
  public long[] observedSpan(String address) {
    return new long[] {windowStart, windowEnd};
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
    return windowStart;
  }

  public long windowEndMicros() {
    return windowEnd;
  }

  public long flows() {
    return flows;
  }

  public long skippedInternal() {
    return skippedInternal;
  }

  public long skippedExternalSource() {
    return skippedExternalSource;
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
