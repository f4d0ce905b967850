package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.ChannelSeries;
import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.rhythm.EpisodeSeries;
import java.util.List;
import java.util.Map;

/**
 * A channel as the network analytics read it: plain values, copied once from a {@link
 * ChannelSeries} (or built directly in tests and on other runtimes), so every analytic is a pure
 * function of these.
 *
 * @param namedBy what named the destination ({@code tls_sni}, {@code address}, ...)
 * @param port the responder port most connections used
 * @param bytesOut bytes sent, -1 when not known for every connection
 * @param traits what the traffic says of itself besides its address ({@code sni}, {@code ja3}, ...)
 */
public record ChannelView(
    String host,
    String destination,
    String domain,
    String namedBy,
    List<String> addresses,
    boolean viaProxy,
    int port,
    long connections,
    long bytesOut,
    long bytesIn,
    long notStored,
    List<String> logRefs,
    Direction direction,
    Map<String, String> traits,
    EpisodeSeries episodes) {

  public ChannelView {
    addresses = List.copyOf(addresses);
    logRefs = List.copyOf(logRefs);
    traits = Map.copyOf(traits);
  }

  public static ChannelView of(ChannelSeries c) {
    return new ChannelView(c.host(), c.destination(), c.domain(), c.namedBy().id(), c.addresses(), c.viaProxy(),
        c.commonPort(), c.connections(), c.bytesOut(), c.bytesIn(), c.notStored(),
        c.logRefs().stream().map(Object::toString).toList(), c.direction(), c.traits(), c.episodes());
  }

  /** The address the channel's flows went to (the first seen), or null. */
  public String address() {
    return addresses.isEmpty() ? null : addresses.get(0);
  }

  /** Beats (episodes) first and last start, epoch microseconds; {@code {0, 0}} when empty. */
  public long[] span() {
    long[] s = episodes.startMicros();
    if (s.length == 0) {
      return new long[] {0, 0};
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (long v : s) {
      first = Math.min(first, v);
      last = Math.max(last, v);
    }
    return new long[] {first, last};
  }
}
