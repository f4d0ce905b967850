package dev.cronhound.core.tuning;

import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.net.IpLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code DestIPAllowlist}: destinations known to be fine (approved backup, SFTP, update servers).
 * Entries are IP addresses, CIDR blocks, domains (matching the domain itself) and wildcards ({@code
 * *.example.com} matches every subdomain, not the apex). A channel is allowed when its domain or any
 * of its addresses matches.
 */
public final class DestinationAllowlist {

  private final List<Cidr> blocks = new ArrayList<>();
  private final List<String> domains = new ArrayList<>();
  private final List<String> suffixes = new ArrayList<>();
  private final List<String> entries = new ArrayList<>();

  public static DestinationAllowlist empty() {
    return new DestinationAllowlist(List.of());
  }

  /**
   * @throws IllegalArgumentException naming the first entry that is neither an address, a block,
   *     a domain nor a wildcard
   */
  public DestinationAllowlist(List<String> entries) {
    for (String raw : entries) {
      String e = raw.trim().toLowerCase(Locale.ROOT);
      if (e.isEmpty() || e.startsWith("#")) {
        continue;
      }
      this.entries.add(e);
      if (e.startsWith("*.")) {
        suffixes.add(e.substring(1));
      } else if (IpLiteral.isLiteral(e) || e.contains("/")) {
        blocks.add(Cidr.parse(e));
      } else if (e.matches("[a-z0-9_.-]+")) {
        domains.add(e.endsWith(".") ? e.substring(0, e.length() - 1) : e);
      } else {
        throw new IllegalArgumentException("DestIPAllowlist entry is not an IP, CIDR, domain or *.domain: " + raw);
      }
    }
  }

  /** The entry that allows this destination, or null. */
  public String match(String domain, List<String> addresses) {
    if (domain != null) {
      String d = domain.toLowerCase(Locale.ROOT);
      for (String x : domains) {
        if (d.equals(x)) {
          return x;
        }
      }
      for (String s : suffixes) {
        if (d.endsWith(s)) {
          return "*" + s;
        }
      }
    }
    for (String a : addresses) {
      byte[] bytes = IpLiteral.parse(a);
      for (Cidr c : blocks) {
        if (c.contains(bytes)) {
          return c.text();
        }
      }
    }
    return null;
  }

  public List<String> entries() {
    return List.copyOf(entries);
  }
}
