package dev.cronhound.cli.simulate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** Everything that determines a simulated Windows estate. Equal options give identical files. */
public record WindowsSimulationOptions(long seed, int days, Instant start, int hosts, Path out) {
  /** The planted cases need WS02, WS03 and WS04. */
  public static final int MIN_HOSTS = 4;

  /** Workstations are 10.20.0.11 upwards, below the Zeek-only devices at .200. */
  public static final int MAX_HOSTS = 180;

  public WindowsSimulationOptions {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(out, "out");
    EstateSize.check(days, hosts, MIN_HOSTS, MAX_HOSTS);
  }
}
