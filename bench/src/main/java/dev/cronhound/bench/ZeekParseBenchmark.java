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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing a simulated Zeek {@code conn.log} from memory into {@link dev.cronhound.core.event.Flow}
 * events through {@link Inputs#read}, in each form: TSV (30 hosts, about 84 MB, 650 000 records)
 * and JSON (10 hosts, about 97 MB, 250 000 records). Score: whole-file parses per
 * second; {@code megabytes} and {@code records} are MB/s and records/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class ZeekParseBenchmark {

  /** Hosts simulated in the TSV log, which {@link ChannelTableBenchmark} feeds too. */
  static final int TSV_HOSTS = 30;

  @Param({"TSV", "JSON"})
  public OutputFormat format;

  private InputFile input;
  private double megabytes;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    SimulatedConnLog log = SimulatedConnLog.generate(format == OutputFormat.TSV ? TSV_HOSTS : 10, format);
    input = log.input();
    megabytes = log.size() / 1e6;
  }

  @Benchmark
  public ReadReport parse(ParseCounters counters, Blackhole bh) {
    return ParseRun.parse(input, megabytes, counters, bh);
  }
}
