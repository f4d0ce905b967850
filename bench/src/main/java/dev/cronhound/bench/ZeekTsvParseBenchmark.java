package dev.cronhound.bench;

import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing a Zeek TSV {@code conn.log} (about 84 MB, 650 000 records) from memory into {@link
 * dev.cronhound.core.event.Flow} events through {@link Inputs#read}. Score: whole-file parses per
 * second; {@code megabytes} and {@code records} are MB/s and records/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class ZeekTsvParseBenchmark {

  static final int HOSTS = 30;

  private InputFile input;
  private double megabytes;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    SimulatedConnLog log = SimulatedConnLog.generate(HOSTS, OutputFormat.TSV);
    input = log.input();
    megabytes = log.size() / 1e6;
  }

  @Benchmark
  public ReadReport parse(ParseCounters counters, Blackhole bh) {
    return ParseRun.parse(input, megabytes, counters, bh);
  }
}
