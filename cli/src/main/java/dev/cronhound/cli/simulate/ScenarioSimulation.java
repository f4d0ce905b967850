package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@code simulate network --scenario}: builds the world from the seed, lets it generate
 * every record, sorts them by {@code ts} (ties in generation order) and writes the logs the sensor
 * keeps plus {@code truth.json}. Equal arguments give byte-identical files.
 */
final class ScenarioSimulation {
  private ScenarioSimulation() {}

  /** Records written per log. */
  record Summary(Path out, Map<LogKind, Long> written) {
    long count(LogKind kind) {
      return written.getOrDefault(kind, 0L);
    }
  }

  /**
   * @param days the window in days, or 0 for the scenario's own default
   */
  static Summary run(
      ScenarioName scenario, long seed, int days, Instant start, OutputFormat format, boolean gzip,
      Path out) throws IOException {
    Files.createDirectories(out);
    TimeWindow window = TimeWindow.of(start, days > 0 ? days : scenario.defaultDays());
    ScenarioWorld world = scenario.world(seed, window);
    world.generate();
    List<LogRecord> records = world.records();
    records.sort(Comparator.comparingLong(r -> r.ts));
    Map<LogKind, Long> written = new EnumMap<>(LogKind.class);
    Path zeek = world.zeekDir(out);
    Files.createDirectories(zeek);
    for (LogKind kind : world.logs()) {
      try (ZeekLogWriter w =
          new ZeekLogWriter(zeek, kind, format, gzip, window.start(), window.end())) {
        for (LogRecord r : records) {
          if (r.kind() == kind && r.ts >= window.startMicros() && r.ts < window.endMicros()) {
            w.write(r);
          }
        }
        written.put(kind, w.records());
      }
    }
    world.writeHostLogs(out);
    world.truth.write(out.resolve(TruthFile.NAME));
    return new Summary(out, written);
  }
}
