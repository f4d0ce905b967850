package dev.cronhound.cli.simulate;

/** The checks every estate simulator makes of {@code --days} and {@code --hosts}. */
final class EstateSize {
  private EstateSize() {}

  /** Throws {@link IllegalArgumentException} (a usage error) when either is out of range. */
  static void check(int days, int hosts, int minHosts, int maxHosts) {
    if (days < 1 || days > SimulationOptions.MAX_DAYS) {
      throw new IllegalArgumentException(
          "days must be between 1 and " + SimulationOptions.MAX_DAYS + ": " + days);
    }
    if (hosts < minHosts || hosts > maxHosts) {
      throw new IllegalArgumentException(
          "hosts must be between " + minHosts + " and " + maxHosts + ": " + hosts);
    }
  }
}
