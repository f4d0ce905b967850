package dev.cronhound.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.TestClock;
import dev.cronhound.cli.simulate.NetworkSimulation;
import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.cli.simulate.SimulationOptions;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Channels from every log (issue 13, items 4 and 7): a sensor that keeps only {@code http.log}
 * finds what a full sensor finds over HTTP, minus bytes; a folder that holds the same logs twice
 * counts each connection once and says how many records it dropped.
 */
class ApplicationLogHuntTest {

  @TempDir Path dir;

  static HuntResult hunt(Path in) {
    return Hunt.run(
        HuntSettings.of(List.of(in.toString()), null, Long.MIN_VALUE, Long.MAX_VALUE, Map.of(),
            new DestinationAllowlist(List.of()), ParentProcessBaseline.empty(), 0.0, 0),
        new ByteArrayInputStream(new byte[0]), TestClock.get());
  }

  /** What a finding says of its channel, bytes aside. */
  static String channel(Finding f) {
    return String.format(Locale.ROOT, "%s -> %s:%d %s %d beats every %.0f s", f.host(), f.destination().domain(),
        f.destination().port(), f.destination().namedBy(), f.count(), f.periodSeconds());
  }

  @Test
  void anHttpOnlySensorFindsTheHttpChannelsOfAFullOneMinusBytes() throws Exception {
    Path full = dir.resolve("full");
    NetworkSimulation.run(new SimulationOptions(7, 4, HuntEndToEndTest.START, 8, 20, OutputFormat.TSV, false, false, full));
    Path httpOnly = Files.createDirectories(dir.resolve("http-only"));
    Files.copy(full.resolve("http.log"), httpOnly.resolve("http.log"));

    HuntResult all = hunt(full);
    HuntResult http = hunt(httpOnly);

    List<String> expected = all.findings().stream()
        .filter(f -> f.destination().namedBy().equals("http_host"))
        .map(ApplicationLogHuntTest::channel).sorted().toList();
    List<String> actual = http.findings().stream().map(ApplicationLogHuntTest::channel).sorted().toList();
    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    assertThat(http.findings()).allSatisfy(f -> assertThat(f.bytesOut()).isEqualTo(-1));
    assertThat(http.flowsFromApplicationLogs()).isPositive();
    assertThat(all.flowsFromApplicationLogs()).as("every http uid has its conn record").isZero();
  }

  @Test
  void theSameLogsReadTwiceCountOnceAndSaySo() throws Exception {
    Path once = dir.resolve("once");
    NetworkSimulation.run(new SimulationOptions(3, 2, HuntEndToEndTest.START, 4, 10, OutputFormat.TSV, false, false, once));
    Path twice = Files.createDirectories(dir.resolve("twice"));
    copyTree(once, twice.resolve("sensor-a"));
    copyTree(once, twice.resolve("combined"));

    HuntResult one = hunt(once);
    HuntResult two = hunt(twice);

    assertThat(two.findings().stream().map(ApplicationLogHuntTest::channel).toList())
        .isEqualTo(one.findings().stream().map(ApplicationLogHuntTest::channel).toList());
    assertThat(two.flows()).isEqualTo(one.flows());
    long uidRecords = one.eventsByKind().entrySet().stream()
        .filter(e -> List.of("flow", "dns_lookup", "http_request", "tls_session").contains(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
    assertThat(two.duplicatesDropped()).isEqualTo(uidRecords);
    assertThat(one.duplicatesDropped()).isZero();
  }

  static void copyTree(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().endsWith(".log")) {
          Files.copy(p, to.resolve(p.getFileName()));
        }
      }
    }
  }
}
