package dev.cronhound.core.correlate;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Flow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins sensor flows (bytes, no process) to endpoint connections (process, no bytes) by 5-tuple
 * (transport, source address and port, destination address and port) and time: a flow joins the
 * waiting connection of the same 5-tuple closest in time, after the host's clock offset, within the
 * host's tolerance; when another connection was within it too, the join is recorded as ambiguous.
 * Each connection takes one flow. Waiting connections are held until a flow takes them or {@link
 * #expire} drops them.
 *
 * <p><b>Clocks.</b> A host's clock may be seconds to days off the sensor's. {@link #offer} counts,
 * for every 5-tuple an endpoint connection was logged with (also connections no channel wants:
 * {@link #observe}), the flows that carry it; flows whose tuple a waiting connection has are held
 * (at most {@value #HELD_PER_CONNECTION} per waiting connection of the tuple, plus as many again)
 * rather than joined. {@link #settle} estimates each host's offset from its unambiguous matches
 * ({@link ClockMatches}, {@link ClockOffset}: the median difference, with its spread), then joins the
 * held flows with the offset applied and a tolerance of the spread plus {@code TimeWindow}; flows
 * that join nothing go to the {@code unjoined} sink. After settling, offered flows join at once. A
 * flow whose tuple no endpoint connection has costs one hash lookup and goes straight on. Settling
 * happens at {@link #finish}, or as soon as {@code heldLimit} flows are held (memory stays bounded
 * by the endpoint connections and that limit). A host with fewer than {@code ClockMinMatches}
 * matches joins as logged (offset 0, {@code TimeWindow}).
 *
 * <p>Connections logged without their source (auditd's {@code connect} records the destination
 * only) wait under (transport, destination address and port): a flow takes the closest in time
 * whose host is known to use the flow's source address, or whose host's address is not known yet
 * (the join then learns it); hosts known by another address are passed over. They give no clock
 * matches; their host's offset applies when another of its logs gave one.
 */
public final class FlowJoin {

  /** Flows held per waiting connection of a tuple before settling (more are a port reused). */
  static final int HELD_PER_CONNECTION = 4;

  private record Waiting(long tsMicros, InitiatorChannel channel, int index, String host) {}

  private final long toleranceMicros;
  private final int minMatches;
  private final long maxSpreadMicros;
  private final int heldLimit;
  private final Map<String, List<Waiting>> byTuple = new HashMap<>();
  private final Map<String, List<Waiting>> byDestination = new HashMap<>();
  /** Source addresses learnt for hosts whose connections have none: address -> host. */
  private final Map<String, String> hostByAddress = new HashMap<>();
  private final ClockMatches matches;
  /** Flows held until the clocks are settled, by tuple, in arrival order. */
  private final Map<String, List<Flow>> held = new LinkedHashMap<>();
  /** Hosts with connections logged without their source: lower case -> as spelt. */
  private final Map<String, String> hostsWithoutSource = new TreeMap<>();
  /** Each host's estimate once settled; empty before (every host joins as logged). */
  private Map<String, ClockOffset> clocks = Map.of();
  private boolean settled;
  private int heldCount;
  private int waiting;
  private long joined;
  private long ambiguous;

  /** A join that estimates no clocks: every flow joins within {@code toleranceMicros} as logged. */
  public FlowJoin(long toleranceMicros) {
    this(toleranceMicros, Integer.MAX_VALUE, 0, 0);
  }

  /**
   * @param toleranceMicros {@code TimeWindow}
   * @param minMatches {@code ClockMinMatches}: unambiguous matches a host's offset needs
   * @param maxSpreadMicros {@code ClockMaxSpread}: matches further than this from the median are
   *     left out of the spread; records of one connection this close are one connection
   * @param heldLimit flows held before settling early
   */
  public FlowJoin(long toleranceMicros, int minMatches, long maxSpreadMicros, int heldLimit) {
    this.toleranceMicros = toleranceMicros;
    this.minMatches = minMatches;
    this.maxSpreadMicros = maxSpreadMicros;
    this.heldLimit = heldLimit;
    this.matches = new ClockMatches(maxSpreadMicros);
  }

  void expect(String proto, String srcIp, int srcPort, String dstIp, int dstPort, long tsMicros,
      InitiatorChannel channel, int index) {
    String key = key(proto, srcIp, srcPort, dstIp, dstPort);
    String host = channel.key().host();
    byTuple.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Waiting(tsMicros, channel, index, host));
    matches.connection(key, host, channel.host(), tsMicros);
    waiting++;
  }

  /**
   * A connection of {@code host} (lower case; {@code spelt} as logged) that no channel wants
   * (internal, inbound) but whose 5-tuple tells the host's clock.
   */
  void observe(String proto, String srcIp, int srcPort, String dstIp, int dstPort, long tsMicros, String host,
      String spelt) {
    matches.connection(key(proto, srcIp, srcPort, dstIp, dstPort), host, spelt, tsMicros);
  }

  /** A connection whose source address and port were not logged (auditd), from {@code host}. */
  void expectWithoutSource(String proto, String host, String dstIp, int dstPort, long tsMicros,
      InitiatorChannel channel, int index) {
    byDestination.computeIfAbsent(key(null, "", -1, dstIp, dstPort), k -> new ArrayList<>(1))
        .add(new Waiting(tsMicros, channel, index, host));
    hostsWithoutSource.putIfAbsent(host, channel.host());
    waiting++;
  }

  /**
   * Offers a flow: it joins the connection it belongs to (its bytes go to that connection's
   * channel), or is held until the clocks are settled, or goes to {@code unjoined} (now, or when
   * settling finds it joins nothing).
   */
  public void offer(Flow f, EventSink unjoined) {
    if (waiting == 0 && matches.isEmpty() || f.srcIp() == null || f.dstIp() == null) {
      unjoined.accept(f);
      return;
    }
    String tuple = key(f.proto(), f.srcIp(), f.srcPort(), f.dstIp(), f.dstPort());
    if (settled || !matches.flow(tuple, f.tsMicros())) {
      if (!join(f, tuple)) {
        unjoined.accept(f);
      }
      return;
    }
    List<Waiting> w = byTuple.get(tuple);
    if (w == null) {
      if (!join(f, tuple)) {
        unjoined.accept(f);
      }
      return;
    }
    List<Flow> list = held.computeIfAbsent(tuple, k -> new ArrayList<>(1));
    if (list.size() >= HELD_PER_CONNECTION * (w.size() + 1)) {
      unjoined.accept(f);
      return;
    }
    list.add(f);
    if (++heldCount >= heldLimit) {
      settle(unjoined);
    }
  }

  /**
   * Estimates every host's clock from the matches counted so far, then joins the held flows (each,
   * in arrival order, to the closest connection of its tuple after the offset); those that join
   * nothing go to {@code unjoined}. Later flows join at once. Called again, does nothing.
   */
  public void settle(EventSink unjoined) {
    if (settled) {
      return;
    }
    settled = true;
    clocks = matches.estimate(minMatches, maxSpreadMicros);
    for (Map.Entry<String, List<Flow>> e : held.entrySet()) {
      for (Flow f : e.getValue()) {
        if (take(byTuple, e.getKey(), f, w -> true) == null) {
          unjoined.accept(f);
        }
      }
    }
    held.clear();
    heldCount = 0;
  }

  /** The end of the flows: settles if not yet done. */
  public void finish(EventSink unjoined) {
    settle(unjoined);
  }

  /**
   * Every host's clock as settled (hosts whose connections were logged with their source), then
   * the hosts whose connections had none, each without an estimate; empty before {@link #settle}.
   */
  public List<ClockOffset> clocks() {
    List<ClockOffset> out = new ArrayList<>(clocks.values());
    if (settled) {
      for (Map.Entry<String, String> h : hostsWithoutSource.entrySet()) {
        if (!clocks.containsKey(h.getKey())) {
          out.add(new ClockOffset(h.getValue(), 0, 0, 0, 0, minMatches));
        }
      }
    }
    return out;
  }

  /**
   * Joins {@code f} to the connection it belongs to at once, at the clocks settled so far (as logged
   * before {@link #settle}), adding its bytes to that connection's channel; false when no endpoint
   * connection matches (the flow stays network-only).
   */
  public boolean join(Flow f) {
    if (waiting == 0 || f.srcIp() == null || f.dstIp() == null) {
      return false;
    }
    return join(f, key(f.proto(), f.srcIp(), f.srcPort(), f.dstIp(), f.dstPort()));
  }

  private boolean join(Flow f, String tuple) {
    if (waiting == 0) {
      return false;
    }
    if (byTuple.containsKey(tuple)) {
      return take(byTuple, tuple, f, w -> true) != null;
    }
    if (byDestination.isEmpty()) {
      return false;
    }
    // auditd does not say whether a socket was TCP or UDP: the destination alone keys these; a
    // host known by another address is passed over, and an unambiguous join teaches the address.
    String known = hostByAddress.get(f.srcIp());
    long before = ambiguous;
    Waiting w = take(byDestination, key(null, "", -1, f.dstIp(), f.dstPort()), f,
        c -> known != null ? known.equals(c.host()) : !hostByAddress.containsValue(c.host()));
    if (w != null && known == null && ambiguous == before) {
      hostByAddress.put(f.srcIp(), w.host());
    }
    return w != null;
  }

  /**
   * Takes the waiting connection under {@code key} closest in time to {@code f}, after its host's
   * offset and within its host's tolerance, among those {@code eligible}, adds the flow's bytes to its channel, and returns it; null when none.
   */
  private Waiting take(Map<String, List<Waiting>> index, String key, Flow f, java.util.function.Predicate<Waiting> eligible) {
    List<Waiting> list = index.get(key);
    if (list == null) {
      return null;
    }
    int best = -1;
    long bestGap = Long.MAX_VALUE;
    int within = 0;
    for (int i = 0; i < list.size(); i++) {
      Waiting w = list.get(i);
      ClockOffset clock = w.host() == null ? null : clocks.get(w.host());
      long offset = clock == null || !clock.estimated() ? 0 : clock.offsetMicros();
      long tolerance = clock == null ? toleranceMicros : clock.toleranceMicros(toleranceMicros);
      long gap = Math.abs(w.tsMicros() - offset - f.tsMicros());
      if (gap <= tolerance && eligible.test(w)) {
        within++;
        if (gap < bestGap) {
          best = i;
          bestGap = gap;
        }
      }
    }
    if (best < 0) {
      return null;
    }
    Waiting w = list.remove(best);
    if (list.isEmpty()) {
      index.remove(key);
    }
    waiting--;
    joined++;
    if (within > 1) {
      ambiguous++;
    }
    w.channel().joined(w.index(), f.bytesOut(), f.bytesIn(), within > 1);
    return w;
  }

  /**
   * Drops connections that waited past {@code TimeWindow} before {@code nowMicros} (their host's
   * clock, as logged).
   */
  public void expire(long nowMicros) {
    expire(byTuple, nowMicros);
    expire(byDestination, nowMicros);
  }

  private void expire(Map<String, List<Waiting>> index, long nowMicros) {
    for (Iterator<List<Waiting>> it = index.values().iterator(); it.hasNext(); ) {
      List<Waiting> list = it.next();
      int before = list.size();
      list.removeIf(w -> w.tsMicros() + toleranceMicros < nowMicros);
      waiting -= before - list.size();
      if (list.isEmpty()) {
        it.remove();
      }
    }
  }

  /** Connections still waiting for a flow. */
  public int waiting() {
    return waiting;
  }

  public long joinedFlows() {
    return joined;
  }

  public long ambiguousJoins() {
    return ambiguous;
  }

  private static String key(String proto, String srcIp, int srcPort, String dstIp, int dstPort) {
    return (proto == null ? "" : proto.toLowerCase(Locale.ROOT)) + '|' + srcIp + '|' + srcPort + '|' + dstIp
        + '|' + dstPort;
  }
}
