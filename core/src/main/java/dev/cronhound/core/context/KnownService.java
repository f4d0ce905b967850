package dev.cronhound.core.context;

import dev.cronhound.core.net.Cidr;
import java.util.List;

/**
 * One entry of the known-services list: a vendor's automation, matched by a domain suffix or by an
 * address block the vendor publishes, on any port or on the listed ones.
 *
 * @param domain the domain suffix, or null for an address entry
 * @param block the address block, or null for a domain entry
 * @param ports the ports it matches on; empty: any port
 * @param category what kind of automation it is
 * @param vendor who runs it ("Microsoft")
 * @param service what it is ("Windows Update")
 * @param source where the vendor publishes it (a URL of the vendor's documentation)
 * @param origin the file and line it was read from ({@code known-services.txt:12})
 */
public record KnownService(
    DomainPattern domain,
    Cidr block,
    List<Integer> ports,
    KnownServiceCategory category,
    String vendor,
    String service,
    String source,
    String origin) {

  public KnownService {
    if ((domain == null) == (block == null)) {
      throw new IllegalArgumentException("a known service is a domain pattern or an address block");
    }
    ports = List.copyOf(ports);
  }

  /** The entry as written: the domain pattern or the block. */
  public String pattern() {
    return domain != null ? domain.toString() : block.text();
  }

  public boolean onPort(int port) {
    return ports.isEmpty() || ports.contains(port);
  }
}
