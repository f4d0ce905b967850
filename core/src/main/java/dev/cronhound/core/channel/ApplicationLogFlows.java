package dev.cronhound.core.channel;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connections known only from application logs. A sensor that keeps {@code http.log} or {@code
 * ssl.log} but no {@code conn.log} (or a conn log that lost lines) still saw each connection: its
 * uid, both ends, its start. Each uid that no flow claimed becomes one {@link Flow} at the end of
 * the input: several HTTP requests on one keep-alive connection, or the TLS and HTTP records of one
 * connection, are one connection, so one beat. Bytes are unknown (-1): an application log's body
 * lengths are not the connection's payload. The channel table names the flow from the same
 * records (SNI, Host) by uid, so the findings of an http-only sensor are those of a full one, minus
 * bytes.
 *
 * <p>State: one small entry per uid noted and not yet claimed; the CLI reads application logs
 * before flows, so a full sensor's entries are claimed (removed) as its conn log streams past.
 */
public final class ApplicationLogFlows {

  /** The first record of one connection. */
  private record Pending(long ts, String src, int srcPort, String dst, int dstPort, String service,
      dev.cronhound.core.event.Origin origin) {}

  private final Map<String, Pending> pending = new HashMap<>();
  private long claimed;

  /** Notes an HTTP or TLS record; other events are ignored. */
  public void note(Event e) {
    if (e instanceof HttpRequest h) {
      note(h.uid(), h.tsMicros(), h.srcIp(), h.srcPort(), h.dstIp(), h.dstPort(), "http", h.origin());
    } else if (e instanceof TlsSession t) {
      note(t.uid(), t.tsMicros(), t.srcIp(), t.srcPort(), t.dstIp(), t.dstPort(), "ssl", t.origin());
    }
  }

  private void note(String uid, long ts, String src, int srcPort, String dst, int dstPort, String service,
      dev.cronhound.core.event.Origin origin) {
    if (uid == null || uid.isEmpty() || src == null || dst == null) {
      return;
    }
    Pending had = pending.get(uid);
    if (had == null) {
      pending.put(uid, new Pending(ts, src, srcPort, dst, dstPort, service, origin));
    } else if (ts < had.ts() || !had.service().contains(service)) {
      // The connection starts at its earliest record; it carries every protocol seen on it.
      String services = had.service().contains(service) ? had.service() : had.service() + "," + service;
      pending.put(uid, ts < had.ts()
          ? new Pending(ts, src, srcPort, dst, dstPort, services, origin)
          : new Pending(had.ts(), had.src(), had.srcPort(), had.dst(), had.dstPort(), services, had.origin()));
    }
  }

  /** A flow arrived: its uid is a connection the flow log already has. */
  public void claim(Flow f) {
    if (!pending.isEmpty() && f.uid() != null && pending.remove(f.uid()) != null) {
      claimed++;
    }
  }

  /** Uids noted and not claimed by any flow. */
  public int unclaimed() {
    return pending.size();
  }

  /** Application-log connections a flow claimed. */
  public long claimed() {
    return claimed;
  }

  /**
   * One flow per unclaimed uid, in time order (then uid), and forgets them: transport {@code tcp},
   * duration and bytes unknown, connection state unknown, the origin of the connection's first
   * record.
   */
  public List<Flow> drain() {
    List<Map.Entry<String, Pending>> entries = new ArrayList<>(pending.entrySet());
    entries.sort(Comparator.comparingLong((Map.Entry<String, Pending> e) -> e.getValue().ts())
        .thenComparing(Map.Entry::getKey));
    List<Flow> out = new ArrayList<>(entries.size());
    for (Map.Entry<String, Pending> e : entries) {
      Pending p = e.getValue();
      out.add(new Flow(p.ts(), e.getKey(), p.src(), p.srcPort(), p.dst(), p.dstPort(), "tcp", p.service(),
          -1, -1, -1, null, p.origin()));
    }
    pending.clear();
    return out;
  }
}
