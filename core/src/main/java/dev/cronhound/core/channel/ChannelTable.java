package dev.cronhound.core.channel;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import dev.cronhound.core.net.AddressScope;
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
    if (f.srcIp() == null || f.dstIp() == null) {
      return;
    }
    if (!tunables.includeExternalSources() && !scope.isInternal(f.srcIp())) {
      skippedExternalSource++;
      return;
    }
    DestinationName name = names.resolve(f);
    String domain = name == null ? null : name.domain();
    String address = name != null && name.address() != null ? name.address() : f.dstIp();
    boolean proxied = name != null && name.namedBy() == NamedBy.HTTP_HOST && scope.isInternal(f.dstIp());
    if (!tunables.includeInternalDestinations()
        && (domain == null ? scope.isInternal(address) : (scope.isInternal(address) && !proxied))) {
      skippedInternal++;
      return;
    }
    String destination = domain != null ? domain : address;
    NamedBy by = name == null ? NamedBy.ADDRESS : name.namedBy();
    flows++;
    windowStart = Math.min(windowStart, ts);
    windowEnd = Math.max(windowEnd, ts);
    Map<String, ChannelSeries> dests = bySource.computeIfAbsent(f.srcIp(), k -> new HashMap<>());
    ChannelSeries series = dests.get(destination);
    if (series == null) {
      series = new ChannelSeries(f.srcIp(), destination, domain, by);
      dests.put(destination, series);
    }
    int port = proxied && name.port() >= 0 ? name.port() : f.dstPort();
    series.add(f, port, by, proxied, burstGapMicros, tunables.maxEpisodesPerChannel());
  }

  /** Every channel, in no particular order. */
  public List<ChannelSeries> channels() {
    List<ChannelSeries> out = new ArrayList<>();
    bySource.values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  /** How many distinct hosts talk to each destination. */
  public Map<String, Integer> hostsPerDestination() {
    Map<String, Set<String>> hosts = new HashMap<>();
    bySource.forEach((src, dests) -> dests.keySet().forEach(d -> hosts.computeIfAbsent(d, k -> new HashSet<>()).add(src)));
    Map<String, Integer> out = new HashMap<>();
    hosts.forEach((d, s) -> out.put(d, s.size()));
    return out;
  }

  /** Hosts that originated at least one channel flow. */
  public int hosts() {
    return bySource.size();
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

  /** Naming state size (uids and resolutions held). */
  public long namingStateSize() {
    return names.size();
  }
}
