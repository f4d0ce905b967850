package dev.cronhound.core.context;

import dev.cronhound.core.finding.ScorePart;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code known_service} multiplier of a finding: {@code 1 - KnownServiceDiscount} when the
 * destination is in the known-services list, its note naming the vendor, the service, the category
 * and the entry (pattern and {@code file:line}). It only lowers: the finding stays, with its
 * allowlist silencer, for whoever looks below the threshold.
 */
public record KnownServiceModifier(KnownServices services, KnownServiceTunables tunables) {

  /** Matches nothing: no {@code known_service} part anywhere. */
  public static final KnownServiceModifier OFF = new KnownServiceModifier(KnownServices.NONE, KnownServiceTunables.DEFAULTS);

  public static final String NAME = "known_service";

  /** The part for a destination, or empty when it is in no entry. */
  public Optional<ScorePart> part(String name, List<String> addresses, int port) {
    if (services.entries().isEmpty()) {
      return Optional.empty();
    }
    return services.match(name, addresses, port).map(e -> ScorePart.multiplier(NAME, 1 - tunables.knownServiceDiscount(), note(e)));
  }

  /** {@code "Microsoft Windows Update (os_update): entry *.update.microsoft.com, known-services.txt:12"}. */
  static String note(KnownService e) {
    return String.format(Locale.ROOT, "%s %s (%s): entry %s%s, %s", e.vendor(), e.service(), e.category().id(),
        e.pattern(), e.ports().isEmpty() ? "" : " port " + ports(e.ports()), e.origin());
  }

  private static String ports(List<Integer> ports) {
    return String.join(",", ports.stream().map(String::valueOf).toList());
  }
}
