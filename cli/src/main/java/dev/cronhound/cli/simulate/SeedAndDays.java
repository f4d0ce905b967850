package dev.cronhound.cli.simulate;

import picocli.CommandLine.Option;

/** {@code --seed} and {@code --days}, taken alike by every simulator (a picocli mixin). */
final class SeedAndDays {
  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--days",
      paramLabel = "D",
      defaultValue = "7",
      description = "Days to simulate (default: ${DEFAULT-VALUE}).")
  int days;
}
