package dev.cronhound.core.context;

import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.net.IpLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The known-services list: vendor automation (updates, telemetry, antivirus, time, revocation,
 * browser updaters) by domain suffix and by vendor-published address block. {@link #match} finds
 * the entry a destination belongs to: the most specific domain entry that matches the name (most
 * labels; the earlier entry on a tie), else the first address entry holding one of the addresses;
 * either only when its ports allow the port. The list file format is in {@link #parse}.
 */
public record KnownServices(List<KnownService> entries) {

  /** No entries: nothing matches ({@code --no-known-services}). */
  public static final KnownServices NONE = new KnownServices(List.of());

  /** Most errors one parse reports before giving up. */
  static final int MAX_ERRORS = 20;

  public KnownServices {
    entries = List.copyOf(entries);
  }

  /**
   * Parses a list file: one entry a line, {@code pattern | ports | category | vendor | service |
   * source}, fields separated by {@code |} and trimmed; blank lines and lines starting with {@code
   * #} are ignored. {@code pattern} is a {@link DomainPattern domain suffix} or a CIDR block;
   * {@code ports} is {@code *} (any) or a comma-separated list; {@code category} one of {@link
   * KnownServiceCategory#ids()}.
   *
   * @param file the name errors and entries cite ({@code file:line})
   * @throws IllegalArgumentException listing every bad line as {@code file:line: what is wrong}
   */
  public static KnownServices parse(String file, List<String> lines) {
    List<KnownService> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String origin = file + ":" + (i + 1);
      try {
        out.add(entry(line, origin));
      } catch (IllegalArgumentException e) {
        errors.add(origin + ": " + e.getMessage());
        if (errors.size() == MAX_ERRORS) {
          errors.add(file + ": stopped after " + MAX_ERRORS + " errors");
          break;
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", errors));
    }
    return new KnownServices(out);
  }

  private static KnownService entry(String line, String origin) {
    String[] f = line.split("\\|", -1);
    if (f.length != 6) {
      throw new IllegalArgumentException(
          "expected 6 fields 'pattern | ports | category | vendor | service | source', found " + f.length);
    }
    String pattern = f[0].trim();
    DomainPattern domain = null;
    Cidr block = null;
    if (IpLiteral.isLiteral(pattern) || pattern.contains("/")) {
      block = Cidr.parse(pattern);
    } else {
      domain = DomainPattern.parse(pattern);
    }
    KnownServiceCategory category = KnownServiceCategory.byId(f[2]).orElseThrow(() -> new IllegalArgumentException(
        "unknown category '" + f[2].trim() + "' (one of " + KnownServiceCategory.ids() + ")"));
    String vendor = required(f[3], "vendor");
    String service = required(f[4], "service");
    String source = required(f[5], "source");
    return new KnownService(domain, block, ports(f[1].trim()), category, vendor, service, source, origin);
  }

  private static List<Integer> ports(String text) {
    if (text.equals("*")) {
      return List.of();
    }
    List<Integer> ports = new ArrayList<>();
    for (String p : text.split(",", -1)) {
      try {
        int port = Integer.parseInt(p.trim());
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        ports.add(port);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad port '" + p.trim() + "' (a number 0-65535, a comma-separated list, or *)");
      }
    }
    return ports;
  }

  private static String required(String field, String name) {
    String v = field.trim();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("empty " + name);
    }
    return v;
  }

  /** This list with {@code site}'s entries put first: on an equally specific match, the site's wins. */
  public KnownServices extendedBy(KnownServices site) {
    List<KnownService> all = new ArrayList<>(site.entries);
    all.addAll(entries);
    return new KnownServices(all);
  }

  /**
   * The entry a destination belongs to, or empty.
   *
   * @param name the domain, TLS SNI or HTTP Host naming it (null when unnamed)
   * @param addresses its addresses (IP literals; others are ignored)
   * @param port the destination port
   */
  public Optional<KnownService> match(String name, List<String> addresses, int port) {
    String n = DomainPattern.normalise(name);
    if (n != null && !IpLiteral.isLiteral(n)) {
      String[] labels = n.split("\\.", -1);
      KnownService best = null;
      for (KnownService e : entries) {
        if (e.domain() != null && e.onPort(port) && e.domain().matches(labels)
            && (best == null || e.domain().labels().size() > best.domain().labels().size())) {
          best = e;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    List<byte[]> parsed = new ArrayList<>();
    if (n != null && IpLiteral.isLiteral(n)) {
      parsed.add(IpLiteral.parse(n));
    }
    for (String a : addresses) {
      byte[] b = IpLiteral.parse(a);
      if (b != null) {
        parsed.add(b);
      }
    }
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    for (KnownService e : entries) {
      if (e.block() != null && e.onPort(port)) {
        for (byte[] b : parsed) {
          if (e.block().contains(b)) {
            return Optional.of(e);
          }
        }
      }
    }
    return Optional.empty();
  }
}
