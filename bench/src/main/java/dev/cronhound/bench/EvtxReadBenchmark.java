package dev.cronhound.bench;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.WindowsRecordJson;
import dev.cronhound.formats.windows.evtx.EvtxReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Reading the clean fixture EVTX files (the five {@code bench/evtx.sh} reads, 4.5 MB, held in
 * memory) with {@link EvtxReader}, on one thread. {@code read}: records into a Blackhole; {@code
 * readToJson}: records rendered as JSON lines ({@link WindowsRecordJson}, what {@code cronhound
 * convert} does) into a discarding stream. Score: passes over the five files per second; aux
 * counters {@code :megabytes} = MB/s and {@code :records} = records/s. Run from the repository
 * root (the files are read from {@code formats/src/test/resources/windows/evtx/evtx-rs-samples}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class EvtxReadBenchmark {

  static final Path DIR = Path.of("formats/src/test/resources/windows/evtx/evtx-rs-samples");
  static final String[] FILES = {
    "security.evtx", "sysmon.evtx", "2-vss_7-System.evtx",
    "Security_short_selected.evtx", "new-user-security.evtx"
  };

  private final List<byte[]> files = new ArrayList<>();
  private double megabytes;
  private long expectedRecords;

  @Setup(Level.Trial)
  public void load() throws IOException {
    long bytes = 0;
    for (String name : FILES) {
      Path p = DIR.resolve(name);
      if (Files.exists(p)) {
        byte[] b = Files.readAllBytes(p);
        files.add(b);
        bytes += b.length;
      }
    }
    if (files.isEmpty()) {
      throw new IOException("no EVTX fixtures under " + DIR.toAbsolutePath() + " (run from the repository root)");
    }
    megabytes = bytes / 1e6;
    ReadReport report = new ReadReport();
    for (byte[] b : files) {
      EvtxReader.read(new ByteArrayInputStream(b), "bench.evtx", r -> {}, report);
    }
    expectedRecords = report.totalRecords();
  }

  @Benchmark
  public long read(ParseCounters counters, Blackhole bh) {
    ReadReport report = new ReadReport();
    for (byte[] b : files) {
      EvtxReader.read(new ByteArrayInputStream(b), "bench.evtx", bh::consume, report);
    }
    return count(report, counters);
  }

  @Benchmark
  public long readToJson(ParseCounters counters) {
    ReadReport report = new ReadReport();
    try (WindowsRecordJson json = new WindowsRecordJson(OutputStream.nullOutputStream())) {
      for (byte[] b : files) {
        EvtxReader.read(new ByteArrayInputStream(b), "bench.evtx", json, report);
      }
    }
    return count(report, counters);
  }

  private long count(ReadReport report, ParseCounters counters) {
    if (report.totalRecords() != expectedRecords) {
      throw new IllegalStateException("read " + report.totalRecords() + " records, expected " + expectedRecords);
    }
    counters.megabytes += megabytes;
    counters.records += report.totalRecords();
    return report.totalRecords();
  }
}
