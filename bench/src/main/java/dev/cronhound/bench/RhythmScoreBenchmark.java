package dev.cronhound.bench;

import dev.cronhound.core.analytic.BeaconTunables;
import dev.cronhound.core.analytic.NetworkBeacon;
import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.rhythm.EpisodeSeries;
import dev.cronhound.core.rhythm.RhythmAnalysis;
import dev.cronhound.core.rhythm.RhythmScore;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import java.util.Optional;
import java.util.SplittableRandom;
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

/**
 * Scoring rhythm: {@link RhythmAnalysis#analyze} on one seeded 5-minute beacon (15% jitter, 5%
 * missed beats) of 100, 1 000 or 60 000 beats, and {@link NetworkBeacon#analyze} over a table of
 * 5 000 synthetic channels: every finding built ({@code beaconTable}), or only those at or above
 * hunt's default {@code --min-score} of 0.5 ({@code beaconTableMinScore}). Each destination has one
 * host, so no channel is skipped for prevalence. Score: average time per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class RhythmScoreBenchmark {

  /** The default of {@code cronhound hunt --min-score}. */
  static final double HUNT_MIN_SCORE = 0.5;

  /** One beacon series; {@code beats} is the number of beats. */
  @State(Scope.Benchmark)
  public static class Series {
    @Param({"100", "1000", "60000"})
    public int beats;

    EpisodeSeries series;
    long windowStart;
    long windowEnd;

    @Setup(Level.Trial)
    public void generate() {
      series = SyntheticBeats.beacon(beats, 300, 0.15, 0.05, new SplittableRandom(42));
      long[] starts = series.startMicros();
      windowStart = starts[0];
      windowEnd = starts[starts.length - 1];
    }
  }

  /** 250 hosts x 20 destinations = 5 000 channels, a third of them beaconing. */
  @State(Scope.Benchmark)
  public static class Table {
    ChannelTable table;

    @Setup(Level.Trial)
    public void build() {
      table = SyntheticBeats.table(250, 20, 42);
      System.out.printf(
          "%n[bench] channel table: %d channels, %d flows%n", table.channels().size(), table.flows());
    }
  }

  @Benchmark
  public Optional<RhythmScore> analyzeSeries(Series s) {
    return RhythmAnalysis.analyze(s.series, s.windowStart, s.windowEnd, RhythmTunables.DEFAULTS);
  }

  /** Longer iterations: one call takes a large fraction of a second. */
  @Benchmark
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 3)
  public NetworkBeacon.Result beaconTable(Table t) {
    return NetworkBeacon.analyze(
        t.table, RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty());
  }

  @Benchmark
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 3)
  public NetworkBeacon.Result beaconTableMinScore(Table t) {
    return NetworkBeacon.analyze(
        t.table,
        RhythmTunables.DEFAULTS,
        BeaconTunables.DEFAULTS,
        DestinationAllowlist.empty(),
        HUNT_MIN_SCORE);
  }
}
