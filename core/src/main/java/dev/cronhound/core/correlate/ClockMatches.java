package dev.cronhound.core.correlate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidate matches a host's clock is estimated from, per 5-tuple: the host's connections with
 * that tuple and the flows seen with it. A tuple is an unambiguous match when one host logged one
 * connection with it (its records within {@code mergeMicros} of each other are one connection: Sysmon
 * event 3 and the Security log's 5156 of the same socket) and exactly one flow carried it. The
 * ephemeral source port makes most tuples so; a port reused (NTP's 123, a port recycled hours later)
 * is not, and does not drive the estimate. State grows with the endpoint connections (one entry per
 * distinct tuple), not with the flows.
 */
final class ClockMatches {

  /** One 5-tuple as the endpoint and the sensor logged it. */
  private static final class Tuple {
    final String host;
    long endpointMicros;
    int connections = 1;
    boolean otherHosts;
    int flows;
    long flowMicros;

    Tuple(String host, long endpointMicros) {
      this.host = host;
      this.endpointMicros = endpointMicros;
    }
  }

  private final long mergeMicros;
  private final Map<String, Tuple> tuples = new HashMap<>();
  /** Every host with a connection logged with its source port, for the report: its first spelling. */
  private final Map<String, String> hosts = new TreeMap<>();

  ClockMatches(long mergeMicros) {
    this.mergeMicros = mergeMicros;
  }

  /**
   * A connection of {@code host} (lower case; {@code spelt} as its logs write it, or null) with the
   * 5-tuple {@code key} at its clock's {@code tsMicros}.
   */
  void connection(String key, String host, String spelt, long tsMicros) {
    hosts.putIfAbsent(host, spelt == null || spelt.isBlank() ? host : spelt);
    Tuple t = tuples.get(key);
    if (t == null) {
      tuples.put(key, new Tuple(host, tsMicros));
    } else if (!t.host.equals(host)) {
      t.otherHosts = true;
    } else if (Math.abs(tsMicros - t.endpointMicros) <= mergeMicros) {
      t.endpointMicros = Math.min(t.endpointMicros, tsMicros);
    } else {
      t.connections++;
    }
  }

  boolean isEmpty() {
    return tuples.isEmpty();
  }

  /** Counts a flow with the 5-tuple {@code key}; false when no endpoint connection had it. */
  boolean flow(String key, long tsMicros) {
    Tuple t = tuples.get(key);
    if (t == null) {
      return false;
    }
    if (t.flows++ == 0) {
      t.flowMicros = tsMicros;
    }
    return true;
  }

  /** Every host's estimate from the flows counted so far (named as spelt), by lower-case host name. */
  Map<String, ClockOffset> estimate(int minMatches, long maxSpreadMicros) {
    Map<String, List<Long>> differences = new TreeMap<>();
    for (Tuple t : tuples.values()) {
      if (t.connections == 1 && t.flows == 1 && !t.otherHosts) {
        differences.computeIfAbsent(t.host, h -> new ArrayList<>()).add(t.endpointMicros - t.flowMicros);
      }
    }
    Map<String, ClockOffset> out = new TreeMap<>();
    for (String host : hosts.keySet()) {
      List<Long> d = differences.getOrDefault(host, List.of());
      long[] a = new long[d.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = d.get(i);
      }
      out.put(host, ClockOffset.estimate(hosts.get(host), a, a.length, minMatches, maxSpreadMicros));
    }
    return out;
  }
}
