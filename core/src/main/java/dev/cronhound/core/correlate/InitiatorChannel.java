package dev.cronhound.core.correlate;

import dev.cronhound.core.channel.NamedBy;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.lineage.Lineage;
import dev.cronhound.core.lineage.ProcessNode;
import dev.cronhound.core.rhythm.EpisodeSeries;
import it.unimi.dsi.fastutil.ints.Int2LongMap;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One initiator's outbound connections to one destination on one host: the endpoint view of a
 * channel. Each connection keeps its time and, once a flow joins it, its bytes; the rest is what the
 * finding tells (the latest process, its lineage and job link, ports, addresses, log references).
 * Memory: 24 bytes per connection plus a few descriptive fields.
 */
public final class InitiatorChannel {

  private static final int MAX_ADDRESSES = 8;
  private static final int FIRST_REFS = 3;

  private final InitiatorKey key;
  private String hostName;
  private final String destination;
  private final String domain;
  private NamedBy namedBy;
  private long[] ts = new long[8];
  private long[] out = new long[8];
  private long[] in = new long[8];
  private int size;
  private boolean sorted = true;
  private int joined;
  private int ambiguous;
  private final Int2LongOpenHashMap ports = new Int2LongOpenHashMap();
  private final Set<String> addresses = new LinkedHashSet<>();
  private final Set<String> sourceIps = new LinkedHashSet<>();
  private final Map<String, Integer> instances = new HashMap<>();
  private final List<Origin> firstRefs = new ArrayList<>(FIRST_REFS);
  private Origin lastRef;
  private ProcessNode process;
  private String image;
  private String user;
  private Lineage lineage;
  private JobLink job;

  InitiatorChannel(InitiatorKey key, String destination, String domain, NamedBy namedBy) {
    this.key = key;
    this.destination = destination;
    this.domain = domain;
    this.namedBy = namedBy;
  }

  /** Names the host as its logs spell it (the key has it in lower case); the first name stays. */
  void hostName(String name) {
    if (hostName == null && name != null && !name.isBlank()) {
      hostName = name;
    }
  }

  /** The host as its logs spell it, else the key's lower-case name. */
  public String host() {
    return hostName != null ? hostName : key.host();
  }

  /**
   * Adds one connection; returns its index, by which a flow's bytes are added later. {@code node}
   * and {@code lineage} are null when the process table does not know the process.
   */
  int add(long tsMicros, String srcIp, String dstIp, int dstPort, NamedBy by, ProcessNode node,
      String connectionImage, String connectionUser, Lineage lin, JobLink link, Origin origin) {
    if (size == ts.length) {
      ts = Arrays.copyOf(ts, size * 2);
      out = Arrays.copyOf(out, size * 2);
      in = Arrays.copyOf(in, size * 2);
    }
    if (size > 0 && tsMicros < ts[size - 1]) {
      sorted = false;
    }
    ts[size] = tsMicros;
    out[size] = -1;
    in[size] = -1;
    if (by.ordinal() < namedBy.ordinal()) {
      namedBy = by;
    }
    ports.addTo(dstPort, 1);
    if (dstIp != null && addresses.size() < MAX_ADDRESSES) {
      addresses.add(dstIp);
    }
    if (srcIp != null && sourceIps.size() < MAX_ADDRESSES) {
      sourceIps.add(srcIp);
    }
    String instance = node != null
        ? node.process().guid() != null ? node.process().guid() : node.process().pid() + "@" + node.startMicros()
        : "?";
    instances.merge(instance, 1, Integer::sum);
    if (firstRefs.size() < FIRST_REFS) {
      firstRefs.add(origin);
    }
    lastRef = origin;
    if (node != null) {
      process = node;
      lineage = lin;
    }
    image = node != null && node.image() != null ? node.image() : connectionImage;
    user = node != null && node.user() != null ? node.user() : connectionUser != null ? connectionUser : user;
    if (link != null) {
      job = link;
    }
    return size++;
  }

  /** A flow joined connection {@code index}: its bytes. */
  void joined(int index, long bytesOut, long bytesIn, boolean wasAmbiguous) {
    out[index] = bytesOut;
    in[index] = bytesIn;
    joined++;
    if (wasAmbiguous) {
      ambiguous++;
    }
  }

  /** The connections as single-connection episodes, by time; bytes 0 where no flow joined. */
  public EpisodeSeries episodes() {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    if (!sorted) {
      IntArrays.quickSort(order, (a, b) -> Long.compare(ts[a], ts[b]));
    }
    long[] s = new long[size];
    long[] o = new long[size];
    long[] n = new long[size];
    int[] c = new int[size];
    for (int i = 0; i < size; i++) {
      int j = order[i];
      s[i] = ts[j];
      o[i] = Math.max(0, out[j]);
      n[i] = Math.max(0, in[j]);
      c[i] = 1;
    }
    return new EpisodeSeries(s, s.clone(), o, n, c, joined == size);
  }

  public InitiatorKey key() {
    return key;
  }

  /** The channel's destination key: the domain when named, else the address. */
  public String destination() {
    return destination;
  }

  public String domain() {
    return domain;
  }

  public NamedBy namedBy() {
    return namedBy;
  }

  public int connections() {
    return size;
  }

  /** Connections a flow joined (they have bytes). */
  public int joined() {
    return joined;
  }

  /** Joined connections for which another connection was as good a match. */
  public int ambiguous() {
    return ambiguous;
  }

  /** Bytes out over the joined connections, or -1 when none joined. */
  public long bytesOut() {
    return sum(out);
  }

  /** Bytes in over the joined connections, or -1 when none joined. */
  public long bytesIn() {
    return sum(in);
  }

  private long sum(long[] a) {
    if (joined == 0) {
      return -1;
    }
    long t = 0;
    for (int i = 0; i < size; i++) {
      t += Math.max(0, a[i]);
    }
    return t;
  }

  /** The port most connections used. */
  public int commonPort() {
    int best = -1;
    long most = 0;
    for (Int2LongMap.Entry e : ports.int2LongEntrySet()) {
      if (e.getLongValue() > most || (e.getLongValue() == most && e.getIntKey() < best)) {
        best = e.getIntKey();
        most = e.getLongValue();
      }
    }
    return best;
  }

  public List<String> addresses() {
    return List.copyOf(addresses);
  }

  /** The host's own addresses these connections left from. */
  public List<String> sourceIps() {
    return List.copyOf(sourceIps);
  }

  /** Distinct process instances (runs) that made the connections. */
  public int processInstances() {
    return instances.size();
  }

  /** Share of the connections made by the busiest single process instance. */
  public double busiestInstanceShare() {
    int max = 0;
    for (int n : instances.values()) {
      max = Math.max(max, n);
    }
    return size == 0 ? 0 : (double) max / size;
  }

  /** The latest process seen on this channel, or null when the table never knew it. */
  public ProcessNode process() {
    return process;
  }

  /** The connecting image as the process start (or else the connection record) gives it. */
  public String image() {
    return image;
  }

  public String user() {
    return user;
  }

  /** The latest process's lineage, or null. */
  public Lineage lineage() {
    return lineage;
  }

  /** The latest job link, or null when no task started these processes. */
  public JobLink job() {
    return job;
  }

  /** The first connections' log references and the last one's. */
  public List<Origin> logRefs() {
    List<Origin> refs = new ArrayList<>(firstRefs);
    if (lastRef != null && !refs.contains(lastRef)) {
      refs.add(lastRef);
    }
    return refs;
  }
}
