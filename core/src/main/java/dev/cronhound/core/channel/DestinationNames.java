package dev.cronhound.core.channel;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import dev.cronhound.core.net.IpLiteral;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the far end of each flow from what other logs said about it, most specific first: the TLS
 * SNI or HTTP Host header of the same connection (by uid; through a proxy the Host names the real
 * site, not the proxy), then a DNS answer this host received for the address no more than {@code
 * dnsWindowMicros} before the flow (with {@code slackMicros} for clock skew between sensors), then
 * such an answer to another host of the same site. State grows with distinct TLS/HTTP connections
 * and distinct (address, client, name) triples, not with flows.
 *
 * <p>Naming never splits or renames a channel: the table keys channels by what the connection
 * itself says (its address, or the SNI / Host header of the same uid), and a DNS answer is only an
 * attribute shown with it. An answer another client received names a flow only when that client
 * is in the same site as the flow's source: the same IPv4 {@code /16} (the same IPv6 {@code /48}),
 * so one estate's lookups do not name another estate's traffic when several captures are read
 * together. A connection whose source address is unknown (an endpoint record without one) cannot
 * be placed in a site and takes any client's answer, as before. The same uid's TLS and HTTP records also give the channel its {@linkplain #traits
 * traits}.
 */
public final class DestinationNames {

  private final Map<String, DestinationName> byUid = new HashMap<>();
  /** {@code kind, value, kind, value, ...} of each TLS/HTTP connection, by uid. */
  private final Map<String, String[]> traitsByUid = new HashMap<>();
  private final Map<String, List<Resolution>> byAddress = new HashMap<>();
  private final long dnsWindowMicros;
  private final long slackMicros;

  /** One client's resolutions of one name to one address, first and last time seen. */
  private static final class Resolution {
    final String client;
    final String name;
    long first;
    long last;

    Resolution(String client, String name, long ts) {
      this.client = client;
      this.name = name;
      this.first = ts;
      this.last = ts;
    }
  }

  public DestinationNames(long dnsWindowMicros, long slackMicros) {
    this.dnsWindowMicros = dnsWindowMicros;
    this.slackMicros = slackMicros;
  }

  public void observe(TlsSession tls) {
    String name = normalise(tls.serverName());
    if (tls.uid() != null && name != null && !IpLiteral.isLiteral(name)) {
      byUid.putIfAbsent(tls.uid(), new DestinationName(name, null, NamedBy.TLS_SNI, -1));
    }
    if (tls.uid() != null) {
      addTraits(tls.uid(), "sni", name, "ja3", tls.ja3());
    }
  }

  public void observe(HttpRequest http) {
    String host = hostWithoutPort(http.host());
    if (http.uid() != null) {
      addTraits(http.uid(), "http_host", host, "user_agent", http.userAgent(), "uri_shape", UriShape.of(http.uri()));
    }
    if (http.uid() == null || host == null) {
      return;
    }
    int port = hostPort(http.host());
    if (port < 0) {
      port = "CONNECT".equalsIgnoreCase(http.method()) ? 443 : 80;
    }
    DestinationName named =
        IpLiteral.isLiteral(host)
            ? (host.equals(http.dstIp()) ? null : new DestinationName(null, host, NamedBy.HTTP_HOST, port))
            : new DestinationName(host, null, NamedBy.HTTP_HOST, port);
    if (named != null) {
      byUid.putIfAbsent(http.uid(), named);
    }
  }

  public void observe(DnsLookup dns) {
    String name = normalise(dns.query());
    if (name == null || dns.clientIp() == null) {
      return;
    }
    for (String answer : dns.answers()) {
      if (!IpLiteral.isLiteral(answer)) {
        continue;
      }
      List<Resolution> list = byAddress.computeIfAbsent(answer, k -> new ArrayList<>(2));
      Resolution found = null;
      for (Resolution r : list) {
        if (r.client.equals(dns.clientIp()) && r.name.equals(name)) {
          found = r;
          break;
        }
      }
      if (found == null) {
        list.add(new Resolution(dns.clientIp(), name, dns.tsMicros()));
      } else {
        found.first = Math.min(found.first, dns.tsMicros());
        found.last = Math.max(found.last, dns.tsMicros());
      }
    }
  }

  private void addTraits(String uid, String... kindValue) {
    int n = 0;
    for (int i = 1; i < kindValue.length; i += 2) {
      if (kindValue[i] != null && !kindValue[i].isEmpty()) {
        n++;
      }
    }
    if (n == 0) {
      return;
    }
    String[] had = traitsByUid.get(uid);
    int at = had == null ? 0 : had.length;
    String[] out = had == null ? new String[2 * n] : java.util.Arrays.copyOf(had, had.length + 2 * n);
    for (int i = 1; i < kindValue.length; i += 2) {
      if (kindValue[i] != null && !kindValue[i].isEmpty()) {
        out[at++] = kindValue[i - 1];
        out[at++] = kindValue[i];
      }
    }
    traitsByUid.put(uid, out);
  }

  /**
   * The traits the TLS and HTTP records of connection {@code uid} carried, as {@code kind, value}
   * pairs ({@code sni}, {@code ja3}, {@code http_host}, {@code user_agent}, {@code uri_shape}), or
   * null when none did. Several HTTP requests of one connection give several pairs of a kind.
   */
  public String[] traits(String uid) {
    return uid == null || traitsByUid.isEmpty() ? null : traitsByUid.get(uid);
  }

  /**
   * True when {@code a} and {@code b} are in the same site: the same IPv4 /16 or IPv6 /48. Names
   * (not literals) are never the same site.
   */
  static boolean sameSite(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int a4 = IpLiteral.parseV4Int(a);
    int b4 = IpLiteral.parseV4Int(b);
    if (a4 != -1 || b4 != -1) {
      return a4 != -1 && b4 != -1 && (a4 >>> 16) == (b4 >>> 16);
    }
    byte[] x = IpLiteral.parse(a);
    byte[] y = IpLiteral.parse(b);
    if (x == null || y == null || x.length != y.length) {
      return false;
    }
    return java.util.Arrays.equals(x, 0, 6, y, 0, 6);
  }

  /** The best name for {@code flow}'s destination, or null when nothing names it. */
  public DestinationName resolve(Flow flow) {
    if (flow.uid() != null && !byUid.isEmpty()) {
      DestinationName n = byUid.get(flow.uid());
      if (n != null) {
        return n;
      }
    }
    List<Resolution> list = byAddress.get(flow.dstIp());
    if (list == null) {
      return null;
    }
    Resolution mine = null;
    Resolution other = null;
    long ts = flow.tsMicros();
    for (Resolution r : list) {
      boolean inWindow = r.first <= ts + slackMicros && ts - r.last <= dnsWindowMicros;
      if (!inWindow) {
        continue;
      }
      if (r.client.equals(flow.srcIp())) {
        if (mine == null || r.last > mine.last) {
          mine = r;
        }
      } else if ((other == null || r.last > other.last) && (flow.srcIp() == null || sameSite(r.client, flow.srcIp()))) {
        other = r;
      }
    }
    if (mine != null) {
      return new DestinationName(mine.name, null, NamedBy.DNS, -1);
    }
    return other == null ? null : new DestinationName(other.name, null, NamedBy.DNS_OTHER_CLIENT, -1);
  }

  /** Distinct connection uids and address resolutions held, for state-size reports. */
  public long size() {
    long n = byUid.size() + traitsByUid.size();
    for (List<Resolution> l : byAddress.values()) {
      n += l.size();
    }
    return n;
  }

  static String hostWithoutPort(String host) {
    String h = normalise(host);
    if (h == null) {
      return null;
    }
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close > 0 ? h.substring(1, close) : h;
    }
    int colon = h.indexOf(':');
    if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
      return h.substring(0, colon);
    }
    return h;
  }

  /** The explicit port of a Host header ({@code host:8080}, {@code [::1]:8443}), or -1. */
  static int hostPort(String host) {
    if (host == null) {
      return -1;
    }
    String h = host.trim();
    int colon = h.lastIndexOf(':');
    boolean bracketed = h.startsWith("[");
    if (colon < 0 || (bracketed ? colon < h.indexOf(']') : h.indexOf(':') != colon)) {
      return -1;
    }
    try {
      int p = Integer.parseInt(h.substring(colon + 1));
      return p >= 0 && p <= 65535 ? p : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String normalise(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim();
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.isEmpty() ? null : n.toLowerCase(Locale.ROOT);
  }
}
