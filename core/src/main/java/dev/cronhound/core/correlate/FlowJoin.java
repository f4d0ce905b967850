package dev.cronhound.core.correlate;

import dev.cronhound.core.event.Flow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins sensor flows (bytes, no process) to endpoint connections (process, no bytes) by 5-tuple
 * (transport, source address and port, destination address and port) and time: a flow joins the
 * waiting connection of the same 5-tuple closest in time within {@code TimeWindow}; when another
 * connection was within the window too, the join is recorded as ambiguous. Each connection takes
 * one flow. Waiting connections are held until a flow takes them or {@link #expire} drops them.
 *
 * <p>Connections logged without their source (auditd's {@code connect} records the destination
 * only) wait under (transport, destination address and port): a flow takes the closest in time
 * whose host is known to use the flow's source address, or whose host's address is not known yet
 * (the join then learns it); hosts known by another address are passed over.
 */
public final class FlowJoin {

  private record Waiting(long tsMicros, InitiatorChannel channel, int index, String host) {}

  private final long toleranceMicros;
  private final Map<String, List<Waiting>> byTuple = new HashMap<>();
  private final Map<String, List<Waiting>> byDestination = new HashMap<>();
  /** Source addresses learnt for hosts whose connections have none: address -> host. */
  private final Map<String, String> hostByAddress = new HashMap<>();
  private int waiting;
  private long joined;
  private long ambiguous;

  public FlowJoin(long toleranceMicros) {
    this.toleranceMicros = toleranceMicros;
  }

  void expect(String proto, String srcIp, int srcPort, String dstIp, int dstPort, long tsMicros,
      InitiatorChannel channel, int index) {
    byTuple.computeIfAbsent(key(proto, srcIp, srcPort, dstIp, dstPort), k -> new ArrayList<>(1))
        .add(new Waiting(tsMicros, channel, index, null));
    waiting++;
  }

  /** A connection whose source address and port were not logged (auditd), from {@code host}. */
  void expectWithoutSource(String proto, String host, String dstIp, int dstPort, long tsMicros,
      InitiatorChannel channel, int index) {
    byDestination.computeIfAbsent(key(null, "", -1, dstIp, dstPort), k -> new ArrayList<>(1))
        .add(new Waiting(tsMicros, channel, index, host));
    waiting++;
  }

  /**
   * Joins {@code f} to the connection it belongs to, adding its bytes to that connection's channel;
   * false when no endpoint connection matches (the flow stays network-only).
   */
  public boolean join(Flow f) {
    if (waiting == 0 || f.srcIp() == null || f.dstIp() == null) {
      return false;
    }
    String tuple = key(f.proto(), f.srcIp(), f.srcPort(), f.dstIp(), f.dstPort());
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
   * Takes the waiting connection under {@code key} closest in time to {@code f} within the window
   * among those {@code eligible}, adds the flow's bytes to its channel, and returns it; null when none.
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
      long gap = Math.abs(w.tsMicros() - f.tsMicros());
      if (gap <= toleranceMicros && eligible.test(w)) {
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

  /** Drops connections that waited past {@code TimeWindow} before {@code nowMicros}. */
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
