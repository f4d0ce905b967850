package dev.cronhound.cli.simulate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything that determines a simulated network run. Equal options give byte-identical output.
 *
 * @param browseRate background browsing connections per host per hour at the busy time of day
 * @param connOnly write only {@code conn.log} (and {@code truth.json})
 */
public record SimulationOptions(
    long seed,
    int days,
    Instant start,
    int hosts,
    double browseRate,
    OutputFormat format,
    boolean connOnly,
    boolean gzip,
    Path out) {
  /** Host addresses are 10.10.x.y; this keeps them inside 10.10.0.0/16. */
  public static final int MAX_HOSTS = 60_000;

  public static final int MAX_DAYS = 3660;

  public SimulationOptions {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ": " + days);
    }
    if (hosts < 1 || hosts > MAX_HOSTS) {
      throw new IllegalArgumentException("hosts must be between 1 and " + MAX_HOSTS + ": " + hosts);
    }
    if (!(browseRate >= 0) || browseRate > 1_000_000) {
      throw new IllegalArgumentException("browse rate must be between 0 and 1e6: " + browseRate);
    }
  }
}
