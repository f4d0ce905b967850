package dev.cronhound.cli.simulate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** Everything that determines a simulated Linux estate. Equal options give identical files. */
public record LinuxSimulationOptions(long seed, int days, Instant start, int hosts, Path out) {
  /** The planted cases need web01, db01 and app01. */
  public static final int MIN_HOSTS = 3;

  /** Hosts are 10.30.0.11 upwards. */
  public static final int MAX_HOSTS = 180;

  public LinuxSimulationOptions {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(out, "out");
    EstateSize.check(days, hosts, MIN_HOSTS, MAX_HOSTS);
  }
}
