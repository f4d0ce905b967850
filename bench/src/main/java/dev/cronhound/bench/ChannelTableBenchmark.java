package dev.cronhound.bench;

import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.rhythm.RhythmTunables;
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

/**
 * Building a channel table: the flows of the simulated TSV {@code conn.log} of {@link
 * ZeekParseBenchmark} (650 000 flows, 7 days), parsed once, fed in log order into a fresh
 * {@link ChannelTable} with default tunables, as the hunt engine does. Score: tables built per
 * second; {@code records} is flows (events) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class ChannelTableBenchmark {

  private Flow[] flows;
  private double megabytes;

  @Setup(Level.Trial)
  public void parse() throws IOException {
    SimulatedConnLog log = SimulatedConnLog.generate(ZeekParseBenchmark.TSV_HOSTS, OutputFormat.TSV);
    flows = log.flows().toArray(new Flow[0]);
    megabytes = log.size() / 1e6;
  }

  @Benchmark
  public ChannelTable accept(ParseCounters counters) {
    ChannelTable table =
        new ChannelTable(
            ChannelTunables.DEFAULTS,
            RhythmTunables.DEFAULTS.burstGapSeconds(),
            Long.MIN_VALUE,
            Long.MAX_VALUE);
    for (Flow f : flows) {
      table.accept(f);
    }
    counters.records += flows.length;
    counters.megabytes += megabytes;
    return table;
  }
}
