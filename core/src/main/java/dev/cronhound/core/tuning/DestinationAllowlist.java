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
   * Entries without a place (flags, tests); lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming every entry that is neither an address, a block, a
   *     domain nor a wildcard
   */
  public DestinationAllowlist(List<String> entries) {
    this(EntryLine.of(null, entries.stream().filter(e -> !e.strip().startsWith("#")).toList()), true);
  }

  /**
   * Entries with their place (a file and line, a site-file key).
   *
   * @throws IllegalArgumentException listing every bad entry, one per line, each as {@code
   *     file:line: DestIPAllowlist entry 'x' is not ...}
   */
  public static DestinationAllowlist of(List<EntryLine> entries) {
    return new DestinationAllowlist(entries, true);
  }

  private DestinationAllowlist(List<EntryLine> lines, boolean placed) {
    BadEntries bad = new BadEntries("DestIPAllowlist");
    for (EntryLine line : lines) {
      String e = line.text().strip().toLowerCase(Locale.ROOT);
      if (e.isEmpty()) {
        continue;
      }
      String problem = problem(e);
      if (problem != null) {
        bad.add(line, problem);
        continue;
      }
      this.entries.add(e);
      if (e.startsWith("*.")) {
        suffixes.add(e.substring(1));
      } else if (IpLiteral.isLiteral(e) || e.contains("/")) {
        blocks.add(Cidr.parse(e));
      } else {
        domains.add(e.endsWith(".") ? e.substring(0, e.length() - 1) : e);
      }
    }
    bad.throwIfAny();
  }

  /**
   * What is wrong with one entry, completing "entry 'x' ...", or null when it is an address, a
   * CIDR block, a domain or a {@code *.domain} wildcard.
   */
  public static String problem(String entry) {
    String e = entry.strip().toLowerCase(Locale.ROOT);
    if (e.isEmpty()) {
      return "is empty";
    }
    if (e.contains("://")) {
      String host = e.substring(e.indexOf("://") + 3).split("[/:?#]", 2)[0];
      return "is a URL: write its host name (" + host + ")";
    }
    if (e.startsWith("*.")) {
      return DOMAIN.matcher(e.substring(2)).matches() ? null : "is not a wildcard *.domain";
    }
    if (e.contains("*")) {
      return "has a * that is not a leading *. (write *.example.com for every subdomain)";
    }
    if (IpLiteral.isLiteral(e) || e.contains("/")) {
      try {
        Cidr.parse(e);
        return null;
      } catch (IllegalArgumentException ex) {
        return "is not an IP or CIDR block (" + ex.getMessage() + ")";
      }
    }
    int colon = e.lastIndexOf(':');
    if (colon > 0 && e.indexOf(':') == colon && e.substring(colon + 1).matches("\\d+")) {
      return "has a port: write the address or name alone (" + e.substring(0, colon) + ")";
    }
    return DOMAIN.matcher(e).matches() ? null : "is not an IP, CIDR, domain or *.domain";
  }

  private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*\\.?");

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
