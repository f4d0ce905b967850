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
 * connections costs one slot. Memory grows with episodes, bounded by {@code maxEpisodes}.
 */
public final class ChannelSeries {

  private static final int MAX_ADDRESSES = 8;
  private static final int FIRST_REFS = 3;

  private final String host;
  private final String destination;
  private final String domain;
  private NamedBy namedBy;
  private final String[] addresses = new String[MAX_ADDRESSES];
  private int addressCount;
  private final Int2LongOpenHashMap connectionsByPort = new Int2LongOpenHashMap();
  private int lastPort = Integer.MIN_VALUE;
  private long lastPortRun;
  /** Episodes interleaved, {@link #STRIDE} longs each, so an append touches one or two cache lines. */
  private long[] slots = new long[4 * STRIDE];

  private static final int STRIDE = 5;
  private static final int START = 0;
  private static final int END = 1;
  private static final int OUT = 2;
  private static final int IN = 3;
  private static final int CONNS = 4;

  private int size;
  /** The episode still growing: kept in fields so extending a burst touches no array. */
  private boolean open;
  private long openStart;
  private long openEnd;
  private long openOut;
  private long openIn;
  private long openConns;
  private boolean bytesKnown = true;
  private long connections;
  private long bytesOut;
  private long bytesIn;
  private long notStored;
  private final List<Origin> firstRefs = new ArrayList<>(FIRST_REFS);
  /** firstRefs.size(), kept here so the per-flow path does not touch the list (a cache miss). */
  private int refCount;
  /** The last address noted, compared first for the same reason. */
  private String lastAddress;
  private Origin lastRef;
  private boolean viaProxy;

  public ChannelSeries(String host, String destination, String domain, NamedBy namedBy) {
    this.host = host;
    this.destination = destination;
    this.domain = domain;
    this.namedBy = namedBy;
  }

  /**
   * Adds one flow. {@code port} is the destination port as the channel sees it (the real site's
   * port for a proxied request, not the proxy's); {@code burstGapMicros} is the online coalescing
   * gap.
   */
  public void add(Flow f, int port, NamedBy by, boolean proxied, long burstGapMicros, int maxEpisodes) {
    connections++;
    if (by.ordinal() < namedBy.ordinal()) {
      namedBy = by;
    }
    viaProxy |= proxied;
    noteAddress(f.dstIp());
    countPort(port);
    long o = f.bytesOut();
    long i = f.bytesIn();
    if (o < 0 || i < 0) {
      bytesKnown = false;
    }
    o = Math.max(0, o);
    i = Math.max(0, i);
    bytesOut += o;
    bytesIn += i;
    if (f.origin() != null) {
      if (refCount < FIRST_REFS) {
        firstRefs.add(f.origin());
        refCount++;
      }
      lastRef = f.origin();
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
      if (size >= maxEpisodes) {
        notStored++;
      } else {
        store();
      }
    }
    open = true;
    openStart = ts;
    openEnd = stop;
    openOut = o;
    openIn = i;
    openConns = 1;
  }

  /** Appends the open episode to the stored ones. */
  private void store() {
    int at = size * STRIDE;
    long[] e = slots;
    if (at == e.length) {
      e = slots = Arrays.copyOf(e, e.length * 2);
    }
    e[at + START] = openStart;
    e[at + END] = openEnd;
    e[at + OUT] = openOut;
    e[at + IN] = openIn;
    e[at + CONNS] = openConns;
    size++;
  }

  /** Remembers up to 8 distinct addresses; parsers share string instances, so == usually decides. */
  private void noteAddress(String ip) {
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
      connectionsByPort.addTo(lastPort, lastPortRun);
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
    for (int k = 0, at = 0; k < size; k++, at += STRIDE) {
      start[k] = slots[at + START];
      end[k] = slots[at + END];
      out[k] = slots[at + OUT];
      in[k] = slots[at + IN];
      conns[k] = (int) Math.min(Integer.MAX_VALUE, slots[at + CONNS]);
    }
    if (open) {
      start[n - 1] = openStart;
      end[n - 1] = openEnd;
      out[n - 1] = openOut;
      in[n - 1] = openIn;
      conns[n - 1] = (int) Math.min(Integer.MAX_VALUE, openConns);
    }
    return new EpisodeSeries(start, end, out, in, conns, bytesKnown);
  }

  public String host() {
    return host;
  }

  /** The channel's destination key: the domain when known, else the address. */
  public String destination() {
    return destination;
  }

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
    return connections;
  }

  public long bytesOut() {
    return bytesKnown ? bytesOut : -1;
  }

  public long bytesIn() {
    return bytesKnown ? bytesIn : -1;
  }

  /** Episodes dropped because the channel hit {@code MaxEpisodesPerChannel}. */
  public long notStored() {
    return notStored;
  }

  /** The first few and the last log line this channel's flows came from. */
  public List<Origin> logRefs() {
    List<Origin> refs = new ArrayList<>(firstRefs);
    if (lastRef != null && !refs.contains(lastRef)) {
      refs.add(lastRef);
    }
    return Collections.unmodifiableList(refs);
  }
}
