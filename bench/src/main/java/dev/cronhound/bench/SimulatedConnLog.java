package dev.cronhound.bench;

import dev.cronhound.cli.simulate.NetworkSimulation;
import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.cli.simulate.SimulationOptions;
import dev.cronhound.cli.simulate.SimulationSummary;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A simulated Zeek {@code conn.log} held in memory: written once by {@link NetworkSimulation} into
 * a temporary directory, read into a byte array, and the directory deleted. The same options as
 * {@code bench/run.sh} (seed 1, 7 days, 200 browsing connections per host per busy hour) with fewer
 * hosts, so the log is tens of megabytes.
 */
final class SimulatedConnLog {

  static final long SEED = 1;
  static final int DAYS = 7;
  static final double BROWSE_RATE = 200;
  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private final byte[] bytes;
  private final long records;
  private final InputFormat format;

  private SimulatedConnLog(byte[] bytes, long records, InputFormat format) {
    this.bytes = bytes;
    this.records = records;
    this.format = format;
  }

  /** Simulates {@code hosts} hosts and loads the conn.log, checking that it parses cleanly. */
  static SimulatedConnLog generate(int hosts, OutputFormat format) throws IOException {
    Path dir = Files.createTempDirectory("cronhound-bench-");
    try {
      SimulationSummary s =
          NetworkSimulation.run(
              new SimulationOptions(
                  SEED, DAYS, START, hosts, BROWSE_RATE, format, true, false, dir));
      InputFormat f = format == OutputFormat.JSON ? InputFormat.ZEEK_JSON : InputFormat.ZEEK_TSV;
      SimulatedConnLog log =
          new SimulatedConnLog(Files.readAllBytes(dir.resolve("conn.log")), s.conn(), f);
      log.check();
      return log;
    } finally {
      deleteTree(dir);
    }
  }

  /** The log as an input whose source opens the in-memory bytes; never touches a file. */
  InputFile input() {
    return new InputFile("conn.log", format, "conn", () -> new ByteArrayInputStream(bytes));
  }

  /** Every flow of the log, parsed once. */
  List<Flow> flows() {
    List<Flow> out = new ArrayList<>((int) records);
    Inputs.read(input(), e -> addFlow(out, e), new ReadReport());
    return out;
  }

  int size() {
    return bytes.length;
  }

  long records() {
    return records;
  }

  private static void addFlow(List<Flow> out, Event e) {
    if (e instanceof Flow f) {
      out.add(f);
    }
  }

  /** Fails the trial unless every simulated record parses: a benchmark of errors measures nothing. */
  private void check() {
    ReadReport report = new ReadReport();
    long[] events = {0};
    Inputs.read(input(), e -> events[0]++, report);
    if (report.malformedCount() != 0 || report.totalRecords() != records || events[0] != records) {
      throw new IllegalStateException(
          String.format(
              "simulated %d records, parsed %d (%d events, %d malformed, first: %s)",
              records,
              report.totalRecords(),
              events[0],
              report.malformedCount(),
              report.problemSamples().isEmpty() ? "-" : report.problemSamples().get(0)));
    }
    System.out.printf(
        "%n[bench] %s conn.log: %.1f MB, %d records%n", format.id(), bytes.length / 1e6, records);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
