package dev.cronhound.cli.simulate;

import java.time.Instant;
import picocli.CommandLine.Option;

/** {@code --start} of the simulators (a picocli mixin): when the simulated window opens. */
final class StartOption {
  @Option(
      names = "--start",
      defaultValue = StartConverter.MONDAY,
      converter = StartConverter.class,
      paramLabel = "INSTANT",
      description =
          "Start of the simulated window (hosts boot then), ISO instant or date (UTC, also the"
              + " hosts' local time; default: ${DEFAULT-VALUE}, a Monday).")
  Instant start;
}
