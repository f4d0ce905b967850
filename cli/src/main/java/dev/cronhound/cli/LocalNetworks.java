package dev.cronhound.cli;

import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.net.Cidr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds {@code --internal} and {@code --not-internal} into the {@code InternalNetworks} tunable:
 * the blocks added to, and cut out of, whatever list the run starts from (the defaults, or a
 * {@code --tune InternalNetworks=...} that replaces them). The flags edit; the tunable replaces.
 */
final class LocalNetworks {

  private LocalNetworks() {}

  /** {@code tune} with {@code InternalNetworks} edited; {@code tune} itself when both lists are empty. */
  static Map<String, String> apply(Map<String, String> tune, List<String> internal, List<String> notInternal) {
    if (internal.isEmpty() && notInternal.isEmpty()) {
      return tune;
    }
    Map<String, String> out = new LinkedHashMap<>();
    String base = ChannelTunables.DEFAULTS.internalNetworks();
    for (Map.Entry<String, String> e : tune.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals("internalnetworks")) {
        base = e.getValue();
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    AddressScope edited = AddressScope.parse(base).with(blocks("--internal", internal), blocks("--not-internal", notInternal));
    out.put("InternalNetworks", edited.text());
    return out;
  }

  private static List<Cidr> blocks(String flag, List<String> values) {
    return values.stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .filter(v -> !v.isBlank())
        .map(v -> {
          try {
            return Cidr.parse(v);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage());
          }
        })
        .toList();
  }
}
