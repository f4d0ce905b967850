package dev.cronhound.core.context;

import dev.cronhound.core.tuning.Tunable;

/** How much a match in the known-services list lowers a score. */
public record KnownServiceTunables(
    @Tunable("How much a destination in the known-services list (vendor updates, telemetry, antivirus, time, revocation, browser updaters) lowers a score: multiplier known_service = 1 - KnownServiceDiscount. It never silences; --no-known-services turns the list off.")
        double knownServiceDiscount) {

  public static final KnownServiceTunables DEFAULTS = new KnownServiceTunables(0.7);

  public KnownServiceTunables {
    if (!(knownServiceDiscount >= 0 && knownServiceDiscount <= 1)) {
      throw new IllegalArgumentException("KnownServiceDiscount must be in [0, 1]");
    }
  }
}
