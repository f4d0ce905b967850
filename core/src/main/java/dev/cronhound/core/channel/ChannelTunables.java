package dev.cronhound.core.channel;

import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.tuning.Tunable;

/** How flows become channels. */
public record ChannelTunables(
    @Tunable("Comma-separated CIDRs of internal networks: sources inside them are hosts; destinations inside them are not outbound.")
        String internalNetworks,
    @Tunable("Also build channels to internal addresses (east-west traffic), not only outbound ones.")
        boolean includeInternalDestinations,
    @Tunable("Also build channels whose source is outside the internal networks (inbound traffic).")
        boolean includeExternalSources,
    @Tunable("How long, in seconds, a DNS answer names the address it returned for later flows.")
        double dnsWindowSeconds,
    @Tunable("Clock skew, in seconds, allowed between the DNS sensor and the flow sensor.")
        double dnsClockSlackSeconds,
    @Tunable("Most episodes kept per channel; later ones are counted, not stored (bounds memory).")
        int maxEpisodesPerChannel) {

  public static final ChannelTunables DEFAULTS =
      new ChannelTunables(AddressScope.DEFAULT_INTERNAL, false, false, 86400, 5, 1_000_000);

  public ChannelTunables {
    AddressScope.parse(internalNetworks);
    if (maxEpisodesPerChannel < 4 || dnsWindowSeconds < 0 || dnsClockSlackSeconds < 0) {
      throw new IllegalArgumentException(
          "MaxEpisodesPerChannel >= 4, DnsWindowSeconds >= 0 and DnsClockSlackSeconds >= 0");
    }
  }
}
