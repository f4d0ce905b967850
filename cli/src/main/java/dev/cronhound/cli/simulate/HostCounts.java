package dev.cronhound.cli.simulate;

import java.util.Map;

/** Counts per host name, as the estate simulators report them: a total and {@code WS01 12, ...}. */
final class HostCounts {
  private HostCounts() {}

  static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@code NAME COUNT} per host, comma-separated, in map order. */
  static String perHost(Map<String, Long> counts) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    }
    return out.toString();
  }
}
