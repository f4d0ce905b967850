package dev.cronhound.core.correlate;

import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.net.IpLiteral;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Names addresses from the lookups endpoints logged (Sysmon 22): per host, the last name whose
 * answers held the address, for {@code windowMicros} after the lookup (with the correlation's
 * tolerance before it, for queue skew).
 */
final class EndpointDnsNames {

  private record Answer(String name, long tsMicros) {}

  private final long windowMicros;
  private final long toleranceMicros;
  private final Map<String, Map<String, Answer>> byHost = new HashMap<>();

  EndpointDnsNames(long windowMicros, long toleranceMicros) {
    this.windowMicros = windowMicros;
    this.toleranceMicros = toleranceMicros;
  }

  void observe(DnsQuery q) {
    if (q.query() == null || q.answers().isEmpty() || (q.status() != null && !q.status().equals("0"))) {
      return;
    }
    String name = q.query().trim().toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || IpLiteral.isLiteral(name)) {
      return;
    }
    Map<String, Answer> h = byHost.computeIfAbsent(key(q.host()), k -> new HashMap<>());
    for (String a : q.answers()) {
      if (IpLiteral.isLiteral(a)) {
        h.put(a, new Answer(name, q.tsMicros()));
      }
    }
  }

  /** The name {@code host} looked up for {@code ip} shortly before {@code tsMicros}, or null. */
  String name(String host, String ip, long tsMicros) {
    Map<String, Answer> h = byHost.get(key(host));
    Answer a = h == null ? null : h.get(ip);
    if (a == null || a.tsMicros() > tsMicros + toleranceMicros || tsMicros - a.tsMicros() > windowMicros) {
      return null;
    }
    return a.name();
  }

  void expire(long nowMicros) {
    for (Iterator<Map<String, Answer>> it = byHost.values().iterator(); it.hasNext(); ) {
      Map<String, Answer> h = it.next();
      h.values().removeIf(a -> a.tsMicros() < nowMicros - windowMicros);
      if (h.isEmpty()) {
        it.remove();
      }
    }
  }

  int size() {
    return byHost.values().stream().mapToInt(Map::size).sum();
  }

  private static String key(String host) {
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }
}
