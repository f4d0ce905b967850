package dev.cronhound.core.context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of vendor automation a {@link KnownService} is; the id is what the list file says. */
public enum KnownServiceCategory {
  OS_UPDATE("operating system and package updates"),
  OS_TELEMETRY("operating system telemetry, settings and connectivity checks"),
  OS_PUSH("operating system push notification channels"),
  ANTIVIRUS("antivirus signature updates, cloud lookups and management push channels"),
  TIME_SYNC("network time"),
  CERT_REVOCATION("certificate revocation (OCSP responders and CRL distribution points)"),
  BROWSER_UPDATE("browser updaters");

  private final String meaning;

  KnownServiceCategory(String meaning) {
    this.meaning = meaning;
  }

  /** {@code os_update}, {@code cert_revocation}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }

  public static Optional<KnownServiceCategory> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
  }

  /** Every id, comma-separated, for error messages. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(KnownServiceCategory::id).toList());
  }
}
