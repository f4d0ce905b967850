package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.ChannelSeries;
import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.rhythm.EpisodeSeries;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A channel as the network analytics read it: plain values (from a {@link ChannelSeries}, or built
 * directly in tests and on other runtimes), so every analytic is a pure function of these. The
 * episodes and log references of a table's channel are read when first asked for and then kept:
 * most channels of a large capture are never scored, and reading episodes walks the table's log.
 * Compared by identity.
 */
public final class ChannelView {

  private final String host;
  private final String destination;
  private final String domain;
  private final String namedBy;
  private final List<String> addresses;
  private final boolean viaProxy;
  private final int port;
  private final long connections;
  private final long bytesOut;
  private final long bytesIn;
  private final long notStored;
  private final Direction direction;
  private final Map<String, String> traits;
  private Supplier<List<String>> logRefsSource;
  private List<String> logRefs;
  private Supplier<EpisodeSeries> episodesSource;
  private EpisodeSeries episodes;
  private int episodeCount = -1;

  /**
   * @param namedBy what named the destination ({@code tls_sni}, {@code address}, ...)
   * @param port the responder port most connections used
   * @param bytesOut bytes sent, -1 when not known for every connection
   * @param traits what the traffic says of itself besides its address ({@code sni}, {@code ja3}, ...)
   */
  public ChannelView(String host, String destination, String domain, String namedBy, List<String> addresses,
      boolean viaProxy, int port, long connections, long bytesOut, long bytesIn, long notStored,
      List<String> logRefs, Direction direction, Map<String, String> traits, EpisodeSeries episodes) {
    this(host, destination, domain, namedBy, addresses, viaProxy, port, connections, bytesOut, bytesIn, notStored,
        direction, traits);
    this.logRefs = List.copyOf(logRefs);
    this.episodes = episodes;
  }

  private ChannelView(String host, String destination, String domain, String namedBy, List<String> addresses,
      boolean viaProxy, int port, long connections, long bytesOut, long bytesIn, long notStored, Direction direction,
      Map<String, String> traits) {
    this.host = host;
    this.destination = destination;
    this.domain = domain;
    this.namedBy = namedBy;
    this.addresses = List.copyOf(addresses);
    this.viaProxy = viaProxy;
    this.port = port;
    this.connections = connections;
    this.bytesOut = bytesOut;
    this.bytesIn = bytesIn;
    this.notStored = notStored;
    this.direction = direction;
    this.traits = traits.isEmpty() ? Map.of() : Map.copyOf(traits);
  }

  public static ChannelView of(ChannelSeries c) {
    ChannelView v = new ChannelView(c.host(), c.destination(), c.domain(), c.namedBy().id(), c.addresses(),
        c.viaProxy(), c.commonPort(), c.connections(), c.bytesOut(), c.bytesIn(), c.notStored(), c.direction(),
        c.traits());
    v.episodesSource = c::episodes;
    v.episodeCount = c.episodeCount();
    v.logRefsSource = () -> c.logRefs().stream().map(Object::toString).toList();
    return v;
  }

  public String host() {
    return host;
  }

  /** The channel's key on the far side: the domain when known, else the address. */
  public String destination() {
    return destination;
  }

  public String domain() {
    return domain;
  }

  public String namedBy() {
    return namedBy;
  }

  public List<String> addresses() {
    return addresses;
  }

  public boolean viaProxy() {
    return viaProxy;
  }

  public int port() {
    return port;
  }

  public long connections() {
    return connections;
  }

  public long bytesOut() {
    return bytesOut;
  }

  public long bytesIn() {
    return bytesIn;
  }

  public long notStored() {
    return notStored;
  }

  public Direction direction() {
    return direction;
  }

  public Map<String, String> traits() {
    return traits;
  }

  public List<String> logRefs() {
    if (logRefs == null) {
      logRefs = logRefsSource.get();
      logRefsSource = null;
    }
    return logRefs;
  }

  public EpisodeSeries episodes() {
    if (episodes == null) {
      episodes = episodesSource.get();
      episodesSource = null;
    }
    return episodes;
  }

  /** The address the channel's flows went to (the first seen), or null. */
  public String address() {
    return addresses.isEmpty() ? null : addresses.get(0);
  }

  /** Beats (episodes) first and last start, epoch microseconds; {@code {0, 0}} when empty. */
  public long[] span() {
    long[] s = episodes().startMicros();
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

  /** Beats without reading them when the source can tell: see {@link ChannelSeries#episodeCount()}. */
  int beats() {
    return episodes != null ? episodes.size() : episodeCount;
  }
}
