package dev.cronhound.core.net;

import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses are "ours": the internal networks that sources live in and that outbound
 * destinations are not. Defaults cover RFC 1918, loopback, link-local, CGNAT, multicast, broadcast
 * and IPv6 ULA/link-local/multicast.
 */
public final class AddressScope {

  public static final String DEFAULT_INTERNAL =
      "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,127.0.0.0/8,169.254.0.0/16,100.64.0.0/10,"
          + "224.0.0.0/4,255.255.255.255/32,0.0.0.0/32,::1/128,fc00::/7,fe80::/10,ff00::/8,::/128";

  private final List<Cidr> internal;

  public AddressScope(List<Cidr> internal) {
    this.internal = List.copyOf(internal);
  }

  /** Parses a comma-separated list of CIDRs. */
  public static AddressScope parse(String commaSeparated) {
    List<Cidr> out = new ArrayList<>();
    for (String part : commaSeparated.split(",")) {
      if (!part.isBlank()) {
        out.add(Cidr.parse(part));
      }
    }
    return new AddressScope(out);
  }

  public static AddressScope defaults() {
    return parse(DEFAULT_INTERNAL);
  }

  /** True when {@code ip} is a literal inside an internal network; false for names and garbage. */
  public boolean isInternal(String ip) {
    byte[] a = IpLiteral.parse(ip);
    if (a == null) {
      return false;
    }
    for (Cidr c : internal) {
      if (c.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
