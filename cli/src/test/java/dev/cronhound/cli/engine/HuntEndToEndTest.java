package dev.cronhound.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.cli.simulate.NetworkSimulation;
import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.cli.simulate.SimulationOptions;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} then {@code hunt}: every planted channel is found with the right host and
 * destination, and ranked above every benign channel; the approved nightly backup is silenced by
 * its allowlist entry (and would otherwise rank among the planted: it is regular too).
 */
class HuntEndToEndTest {

  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  @TempDir Path dir;

  static JsonNode truth(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve("truth.json").toFile());
  }

  static HuntResult hunt(Path out, List<String> allow) {
    return Hunt.run(
        HuntSettings.of(List.of(out.toString()), null, Long.MIN_VALUE, Long.MAX_VALUE, Map.of(),
            new DestinationAllowlist(allow), ParentProcessBaseline.empty(), 0.0, 0),
        new ByteArrayInputStream(new byte[0]), TestClock.get());
  }

  static Optional<Finding> find(List<Finding> findings, JsonNode planted) {
    String src = planted.get("source_ip").asText();
    String dst = planted.get("destination").asText();
    return findings.stream()
        .filter(f -> f.host().equals(src))
        .filter(f -> dst.equals(f.destination().domain()) || dst.equals(f.destination().ip()))
        .findFirst();
  }

  void assertPlantedRankAboveBenign(HuntResult r, JsonNode truth, List<String> expectMissing) {
    List<Finding> findings = r.findings();
    List<Integer> plantedRanks = new ArrayList<>();
    double lowestPlanted = 1;
    for (JsonNode p : truth.get("planted")) {
      String name = p.get("name").asText();
      if (expectMissing.contains(name)) {
        continue;
      }
      Finding f = find(findings, p).orElseThrow(() -> new AssertionError("planted channel not found: " + p));
      plantedRanks.add(findings.indexOf(f));
      lowestPlanted = Math.min(lowestPlanted, f.score());
      assertThat(f.score()).as(name).isGreaterThanOrEqualTo(0.6);
      assertThat(f.periodSeconds()).as(name + " period").isBetween(
          0.7 * p.get("period_seconds").asDouble(), 1.3 * p.get("period_seconds").asDouble());
    }
    int expected = truth.get("planted").size() - expectMissing.size();
    assertThat(plantedRanks).as("planted channels take the top ranks").hasSize(expected)
        .allSatisfy(rank -> assertThat(rank).isLessThan(expected));
    if (findings.size() > expected) {
      assertThat(findings.get(expected).score()).as("best benign channel: " + findings.get(expected).title())
          .isLessThan(lowestPlanted);
    }
  }

  @Test
  void sevenDaysFindEveryPlantedChannelExceptTheWeeklyOneAboveAllBenign() throws Exception {
    Path out = dir.resolve("sim");
    NetworkSimulation.run(new SimulationOptions(7, 7, START, 12, 40, OutputFormat.TSV, false, false, out));
    JsonNode truth = truth(out);
    HuntResult r = hunt(out, List.of("backup.corp-partner.example"));
    assertPlantedRankAboveBenign(r, truth, List.of("weekly-job"));
    assertThat(r.silenced()).isEqualTo(1);
    assertThat(r.findings()).noneMatch(f -> "backup.corp-partner.example".equals(f.destination().domain()));

    Finding exfil = find(r.findings(), truth.get("planted").get(1)).orElseThrow();
    assertThat(exfil.destination().viaProxy()).isEqualTo("10.10.0.3");
    assertThat(exfil.destination().namedBy()).isEqualTo("http_host");
    assertThat(exfil.evidence().schedule()).startsWith("daily at 02:");
    assertThat(exfil.technique()).contains("T1029", "T1020");
  }

  @Test
  void withoutTheAllowlistTheNightlyBackupIsFoundAndSaysHowToSilenceIt() throws Exception {
    Path out = dir.resolve("sim");
    NetworkSimulation.run(new SimulationOptions(11, 5, START, 8, 20, OutputFormat.TSV, false, false, out));
    HuntResult r = hunt(out, List.of());
    Finding backup = r.findings().stream()
        .filter(f -> "backup.corp-partner.example".equals(f.destination().domain())).findFirst().orElseThrow();
    assertThat(backup.silenceWith().get(0).how()).isEqualTo("--allow-dest backup.corp-partner.example");
    assertThat(r.silenced()).isZero();
  }

  @Test
  void fourWeeksFindTheWeeklyJobToo() throws Exception {
    Path out = dir.resolve("sim28");
    NetworkSimulation.run(new SimulationOptions(5, 28, START, 6, 6, OutputFormat.TSV, false, false, out));
    JsonNode truth = truth(out);
    HuntResult r = hunt(out, List.of("backup.corp-partner.example"));
    assertPlantedRankAboveBenign(r, truth, List.of());
    JsonNode weekly = null;
    for (JsonNode p : truth.get("planted")) {
      if (p.get("name").asText().equals("weekly-job")) {
        weekly = p;
      }
    }
    Finding f = find(r.findings(), weekly).orElseThrow();
    assertThat(f.count()).isEqualTo(4);
    assertThat(f.evidence().schedule()).startsWith("weekly at Sun 03:");
  }

  @Test
  void jsonFormOfTheSameTrafficGivesTheSameFindings() throws Exception {
    Path tsv = dir.resolve("tsv");
    Path json = dir.resolve("json");
    NetworkSimulation.run(new SimulationOptions(3, 3, START, 6, 10, OutputFormat.TSV, false, false, tsv));
    NetworkSimulation.run(new SimulationOptions(3, 3, START, 6, 10, OutputFormat.JSON, false, true, json));
    List<String> a = hunt(tsv, List.of()).findings().stream().map(Finding::title).toList();
    List<String> b = hunt(json, List.of()).findings().stream().map(Finding::title).toList();
    assertThat(a).isNotEmpty().isEqualTo(b);
  }
}
