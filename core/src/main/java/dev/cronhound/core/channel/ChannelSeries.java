package dev.cronhound.core.channel;

import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.rhythm.EpisodeSeries;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One channel's activity, accumulated online: (host, destination) and its episodes. Connections
 * that start within the burst gap of the previous episode's end extend it, so a burst of 40
 * connections costs one slot. Closed episodes live in the table's {@link EpisodeLog}, 48 bytes
 * each; memory grows with episodes, bounded by {@code maxEpisodes} per channel.
 */
public final class ChannelSeries {

  private static final int MAX_ADDRESSES = 8;
  private static final int FIRST_REFS = 3;

  // Fields are declared hot first: the per-flow path reads and writes only the open episode, the
  // port run and the last log line, so those share the object's first cache lines. Totals are
  // folded in when an episode closes, not per flow.

  /** The episode still growing: kept in fields so extending a burst touches no array. */
  private long openStart;
  private long openEnd;
  private long openOut;
  private long openIn;
  private long openConns;
  private long lastPortRun;
  private long lastRefLine;
  /** This channel's newest entry in {@link #log}. */
  private long lastEpisode = EpisodeLog.NONE;
  private int lastPort = Integer.MIN_VALUE;
  private int refCount;
  /** Closed episodes kept in the log. */
  private int size;
  private boolean open;
  private boolean bytesKnown = true;
  private boolean viaProxy;
  private NamedBy namedBy;
  private String lastRefFile;
  private final EpisodeLog log;

  /** Connections, bytes and count of the closed episodes, stored or not. */
  private long closedConns;
  private long closedOut;
  private long closedIn;
  private long notStored;
  private final String host;
  private final String destination;
  /** The key's name for a TLS/HTTP-keyed channel; for one keyed by address, the DNS name shown. */
  private String domain;
  /** Grown on demand: most channels are keyed by their one address. */
  private String[] addresses = new String[1];
  private int addressCount;
  private String lastAddress;
  /**
   * Connections by port. Most channels use one port, so that one is counted in two fields and the
   * map (about 250 bytes) is made only when a second port appears: with a million channels the
   * eager maps were a quarter of the heap.
   */
  private Int2LongOpenHashMap connectionsByPort;
  private int solePort = Integer.MIN_VALUE;
  private long solePortCount;
  /** The first few log lines; made on the first flow that has one (a channel has at least one flow). */
  private List<Origin> firstRefs;
  private Direction direction = Direction.OUTBOUND;
  /** What the traffic says of itself besides its address (see {@link #traits()}); null until noted. */
  private java.util.LinkedHashMap<String, String> traits;

  /** A channel whose closed episodes are kept in {@code log} (shared by one table's channels). */
  ChannelSeries(String host, String destination, String domain, NamedBy namedBy, EpisodeLog log) {
    this.host = host;
    this.destination = destination;
    this.domain = domain;
    this.namedBy = namedBy;
    this.log = log;
  }

  /**
   * Adds one flow. {@code port} is the destination port as the channel sees it (the real site's
   * port for a proxied request, not the proxy's); {@code burstGapMicros} is the online coalescing
   * gap. The flow's address is not noted here: see {@link #noteAddress(String)}.
   */
  public void add(Flow f, int port, NamedBy by, boolean proxied, long burstGapMicros, int maxEpisodes) {
    if (by.ordinal() < namedBy.ordinal()) {
      namedBy = by;
    }
    if (proxied) {
      viaProxy = true;
    }
    countPort(port);
    long o = f.bytesOut();
    long i = f.bytesIn();
    if (o < 0 || i < 0) {
      bytesKnown = false;
      o = Math.max(0, o);
      i = Math.max(0, i);
    }
    Origin origin = f.origin();
    if (origin != null) {
      noteRef(origin);
    }
    long ts = f.tsMicros();
    long stop = ts + Math.max(0, f.durationMicros());
    if (open && ts >= openStart && ts - openEnd <= burstGapMicros) {
      openEnd = Math.max(openEnd, stop);
      openOut += o;
      openIn += i;
      openConns++;
      return;
    }
    if (open) {
      close(maxEpisodes);
    }
    open = true;
    openStart = ts;
    openEnd = stop;
    openOut = o;
    openIn = i;
    openConns = 1;
  }

  /** Keeps the first few log lines as they are and the last one as (file, line). */
  private void noteRef(Origin origin) {
    if (refCount < FIRST_REFS) {
      if (firstRefs == null) {
        firstRefs = new ArrayList<>(FIRST_REFS);
      }
      firstRefs.add(origin);
      refCount++;
    }
    String file = origin.file();
    if (file != lastRefFile) {
      lastRefFile = file;
    }
    lastRefLine = origin.line();
  }

  /** Folds the open episode into the totals and keeps it, or counts it when the series is full. */
  private void close(int maxEpisodes) {
    closedConns += openConns;
    closedOut += openOut;
    closedIn += openIn;
    if (size >= maxEpisodes) {
      notStored++;
    } else {
      size++;
      lastEpisode = log.append(lastEpisode, openStart, openEnd, openOut, openIn, openConns);
    }
  }

  /**
   * Remembers up to 8 distinct addresses the channel's flows went to. The table calls it for
   * channels named by something other than their flows' own address (a channel keyed by an
   * address has just that one); parsers often share string instances, so == usually decides.
   */
  public void noteAddress(String ip) {
    if (ip == null || ip == lastAddress || addressCount == MAX_ADDRESSES) {
      return;
    }
    lastAddress = ip;
    for (int i = 0; i < addressCount; i++) {
      if (addresses[i] == ip) {
        return;
      }
    }
    for (int i = 0; i < addressCount; i++) {
      if (addresses[i].equals(ip)) {
        return;
      }
    }
    if (addressCount == addresses.length) {
      addresses = Arrays.copyOf(addresses, Math.min(MAX_ADDRESSES, addressCount * 2));
    }
    addresses[addressCount++] = ip;
  }

  /** Counts a port, batching runs of the same port so the map is touched only when it changes. */
  private void countPort(int port) {
    if (port == lastPort) {
      lastPortRun++;
      return;
    }
    flushPortRun();
    lastPort = port;
    lastPortRun = 1;
  }

  private void flushPortRun() {
    if (lastPortRun > 0) {
      if (connectionsByPort == null && (solePortCount == 0 || solePort == lastPort)) {
        solePort = lastPort;
        solePortCount += lastPortRun;
      } else {
        if (connectionsByPort == null) {
          connectionsByPort = new Int2LongOpenHashMap();
          connectionsByPort.put(solePort, solePortCount);
        }
        connectionsByPort.addTo(lastPort, lastPortRun);
      }
      lastPortRun = 0;
    }
  }

  /** The episodes as an immutable-by-convention series (copies; unsorted input is sorted later). */
  public EpisodeSeries episodes() {
    int n = episodeCount();
    long[] start = new long[n];
    long[] end = new long[n];
    long[] out = new long[n];
    long[] in = new long[n];
    int[] conns = new int[n];
    log.read(lastEpisode, size, start, end, out, in, conns);
    if (open) {
      start[n - 1] = openStart;
      end[n - 1] = openEnd;
      out[n - 1] = openOut;
      in[n - 1] = openIn;
      conns[n - 1] = (int) Math.min(Integer.MAX_VALUE, openConns);
    }
    return new EpisodeSeries(start, end, out, in, conns, bytesKnown);
  }

  /** Which way the channel runs; {@link Direction#OUTBOUND} unless the table said otherwise. */
  public Direction direction() {
    return direction;
  }

  void direction(Direction d) {
    this.direction = d;
  }

  /**
   * Notes one trait of the traffic that stays constant when its infrastructure rotates: {@code
   * sni}, {@code ja3}, {@code http_host}, {@code user_agent}, {@code uri_shape}. The first value is
   * kept; a different later value turns it into {@link #MIXED}.
   */
  public void noteTrait(String kind, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (traits == null) {
      traits = new java.util.LinkedHashMap<>(4);
    }
    String had = traits.putIfAbsent(kind, value);
    if (had != null && !had.equals(value)) {
      traits.put(kind, MIXED);
    }
  }

  /** The value of a trait that varied between the channel's connections. */
  public static final String MIXED = "(mixed)";

  /** The traits noted so far, by kind, in the order first noted; empty when none. */
  public java.util.Map<String, String> traits() {
    return traits == null ? java.util.Map.of() : Collections.unmodifiableMap(traits);
  }

  /**
   * Shows {@code name} (a DNS answer for the channel's address) with a channel keyed by address,
   * unless it already has a name: the first answer stays, so naming never renames a channel.
   */
  void showName(String name) {
    if (domain == null) {
      domain = name;
    }
  }

  public String host() {
    return host;
  }

  /**
   * The channel's destination key: the TLS SNI or HTTP Host of its connections when they carry one,
   * else the address (a DNS answer is shown as {@link #domain()}, never the key).
   */
  public String destination() {
    return destination;
  }

  /** The channel's name: its SNI/Host key, or the DNS answer shown with its address; null if none. */
  public String domain() {
    return domain;
  }

  public NamedBy namedBy() {
    return namedBy;
  }

  public boolean viaProxy() {
    return viaProxy;
  }

  public List<String> addresses() {
    return List.of(Arrays.copyOf(addresses, addressCount));
  }

  /** The responder port most connections used. */
  public int commonPort() {
    flushPortRun();
    if (connectionsByPort == null) {
      return solePortCount > 0 ? solePort : -1;
    }
    int best = -1;
    long count = -1;
    for (var e : connectionsByPort.int2LongEntrySet()) {
      if (e.getLongValue() > count || (e.getLongValue() == count && e.getIntKey() < best)) {
        best = e.getIntKey();
        count = e.getLongValue();
      }
    }
    return best;
  }

  public int episodeCount() {
    return size + (open ? 1 : 0);
  }

  public long connections() {
    return closedConns + (open ? openConns : 0);
  }

  public long bytesOut() {
    return bytesKnown ? closedOut + (open ? openOut : 0) : -1;
  }

  public long bytesIn() {
    return bytesKnown ? closedIn + (open ? openIn : 0) : -1;
  }

  /** Episodes dropped because the channel hit {@code MaxEpisodesPerChannel}. */
  public long notStored() {
    return notStored;
  }

  /** The first few and the last log line this channel's flows came from. */
  public List<Origin> logRefs() {
    List<Origin> refs = firstRefs == null ? new ArrayList<>() : new ArrayList<>(firstRefs);
    Origin last = lastRefFile == null ? null : new Origin(lastRefFile, lastRefLine);
    if (last != null && !refs.contains(last)) {
      refs.add(last);
    }
    return Collections.unmodifiableList(refs);
  }
}
