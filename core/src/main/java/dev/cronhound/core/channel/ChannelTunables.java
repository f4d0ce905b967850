package dev.cronhound.core.channel;

import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.tuning.Tunable;
import java.util.EnumSet;
import java.util.Set;

/** How flows become channels. */
public record ChannelTunables(
    @Tunable("Comma-separated CIDRs of the local networks. Replaces the whole default list (RFC 1918, loopback, link-local, CGNAT, multicast, broadcast, IPv6 ULA/link-local/multicast): list IPv6 and multicast again if wanted, or use hunt --internal/--not-internal to add to or cut from the defaults. Zeek's local_orig/local_resp, where logged, decide first.")
        String internalNetworks,
    @Tunable("Comma-separated directions analysed: outbound (local to outside), inbound (outside to a local service), east-west (local to local). Flows of the others are counted and left out.")
        String directions,
    @Tunable("Also build endpoint initiator channels (Sysmon, auditd connections) to internal addresses; network channels follow Directions.")
        boolean includeInternalDestinations,
    @Tunable("How long, in seconds, a DNS answer names the address it returned for later flows.")
        double dnsWindowSeconds,
    @Tunable("Clock skew, in seconds, allowed between the DNS sensor and the flow sensor.")
        double dnsClockSlackSeconds,
    @Tunable("Most episodes kept per channel; later ones are counted, not stored (bounds memory).")
        int maxEpisodesPerChannel) {

  public static final String ALL_DIRECTIONS = "outbound,inbound,east-west";

  public static final ChannelTunables DEFAULTS =
      new ChannelTunables(AddressScope.DEFAULT_INTERNAL, ALL_DIRECTIONS, false, 86400, 5, 1_000_000);

  public ChannelTunables {
    AddressScope.parse(internalNetworks);
    analysed(directions);
    if (maxEpisodesPerChannel < 4 || dnsWindowSeconds < 0 || dnsClockSlackSeconds < 0) {
      throw new IllegalArgumentException(
          "MaxEpisodesPerChannel >= 4, DnsWindowSeconds >= 0 and DnsClockSlackSeconds >= 0");
    }
  }

  /** The directions {@link #directions} lists. */
  public Set<Direction> analysedDirections() {
    return analysed(directions);
  }

  private static Set<Direction> analysed(String list) {
    Set<Direction> out = EnumSet.noneOf(Direction.class);
    for (String part : list.split(",")) {
      if (!part.isBlank()) {
        out.add(Direction.of(part));
      }
    }
    return out;
  }
}
