package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 13's check for item 13: every {@code simulate network --scenario}, hunted with default
 * options, has each planted channel found (source, destination or rotating family, port,
 * direction, period) and ranked above every labelled-benign and background channel; with
 * {@code --min-score 0} the ranking still holds. These fail until the features they exercise land
 * (scope from local_orig/local_resp, inbound and east-west, http.log-only channels, rotating
 * families, prevalence min-hosts, scans, known services), so the tag is excluded from the default
 * surefire run until then: {@code mvn verify -pl cli -am -Dgroups=scenario-e2e} runs them.
 */
@Tag("scenario-e2e")
class ScenarioEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Hunted(List<JsonNode> findings, String summary) {}

  Path simulate(String scenario) {
    Path out = dir.resolve(scenario);
    CommandLine cl = Main.commandLine(TestClock.get());
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("simulate", "network", "--scenario", scenario, "--seed", "1", "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    return out;
  }

  Hunted hunt(Path logs, String... extra) throws Exception {
    return hunt(List.of(logs), extra);
  }

  Hunted hunt(List<Path> inputs, String... extra) throws Exception {
    Path jsonl = dir.resolve("findings-" + inputs.get(0).getFileName() + "-" + extra.length + ".jsonl");
    List<String> args = new ArrayList<>(List.of("hunt"));
    inputs.forEach(p -> args.add(p.toString()));
    args.addAll(List.of("-o", jsonl.toString()));
    args.addAll(List.of(extra));
    CommandLine cl = Main.commandLine(TestClock.get());
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute(args.toArray(new String[0]))).as(err.toString()).isZero();
    List<JsonNode> findings = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      findings.add(JSON.readTree(line));
    }
    return new Hunted(findings, err.toString());
  }

  static JsonNode truth(Path out) throws Exception {
    return JSON.readTree(out.resolve("truth.json").toFile());
  }

  /** The addresses a planted channel may show as its destination: one, or its whole family. */
  static Set<String> addresses(JsonNode planted) {
    Set<String> out = new HashSet<>();
    if (planted.has("family")) {
      planted.get("family").forEach(m -> out.add(m.get("ip").asText()));
    } else {
      out.add(planted.get("destination_ip").asText());
    }
    return out;
  }

  /** Whether a finding is about the planted channel at all (same source, one of its addresses). */
  static boolean about(JsonNode finding, JsonNode planted) {
    JsonNode d = finding.get("destination");
    if (!finding.get("source").get("ip").asText().equals(planted.get("source_ip").asText())) {
      return false;
    }
    Set<String> family = addresses(planted);
    if (d.hasNonNull("ip") && family.contains(d.get("ip").asText())) {
      return true;
    }
    return !planted.has("family") && d.hasNonNull("domain")
        && d.get("domain").asText().equals(planted.get("destination").asText());
  }

  static boolean aboutAnyPlanted(JsonNode finding, JsonNode truth) {
    for (JsonNode p : truth.get("planted")) {
      if (about(finding, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding that reports the planted channel as the truth describes it: source, destination
   * (address or name; for a family every address of it, up to the contract's 8, and the beats of
   * the whole family), port, direction and period.
   */
  static Optional<JsonNode> found(List<JsonNode> findings, JsonNode p) {
    for (JsonNode f : findings) {
      if (!about(f, p)) {
        continue;
      }
      JsonNode d = f.get("destination");
      int port = d.get("port").asInt();
      if (p.has("family")) {
        Set<String> family = addresses(p);
        Set<String> listed = new HashSet<>();
        d.get("addresses").forEach(a -> listed.add(a.asText()));
        if ((port == 447 || port == 449) && family.containsAll(listed)
            && listed.size() >= Math.min(8, family.size())
            && f.get("count").asLong() >= 0.9 * p.get("beats").asLong()) {
          return Optional.of(f);
        }
      } else if (port == p.get("port").asInt()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Every planted channel is found, says its direction and period, and ranks above every finding
   * that is about no planted channel (benign, background, scan); failed-attempt or second findings
   * about a planted channel are neither counted nor in the way.
   */
  static void plantedAboveEverythingElse(Hunted h, JsonNode truth) {
    List<JsonNode> findings = h.findings();
    int worstPlanted = -1;
    for (JsonNode p : truth.get("planted")) {
      String name = p.get("name").asText() + " (" + p.get("source_ip").asText() + ")";
      JsonNode f = found(findings, p).orElseThrow(() -> new AssertionError(
          "planted " + name + " not found among " + findings.size() + " findings; summary:\n" + h.summary()
              + "\nfindings about it: " + findings.stream().filter(x -> about(x, p)).map(x -> x.get("title")).toList()));
      assertThat(f.get("direction").asText()).as(name + " direction").isEqualTo(p.get("direction").asText());
      double period = p.get("period_seconds").asDouble();
      assertThat(f.get("period_seconds").asDouble()).as(name + " period").isBetween(0.7 * period, 1.3 * period);
      worstPlanted = Math.max(worstPlanted, findings.indexOf(f));
    }
    for (int i = 0; i < worstPlanted; i++) {
      JsonNode f = findings.get(i);
      assertThat(aboutAnyPlanted(f, truth))
          .as("rank %d, above a planted channel, is not planted: %s (score %s, parts %s)", i + 1,
              f.get("title").asText(), f.get("score"), f.get("score_parts"))
          .isTrue();
    }
  }

  /** Default options, then {@code --min-score 0}: planted found and on top both times. */
  Hunted check(String scenario) throws Exception {
    Path out = simulate(scenario);
    JsonNode truth = truth(out);
    Hunted byDefault = hunt(out);
    plantedAboveEverythingElse(byDefault, truth);
    Hunted all = hunt(out, "--min-score", "0");
    plantedAboveEverythingElse(all, truth);
    return all;
  }

  @Test
  void internetFacingServerFindsTheInboundController() throws Exception {
    check("internet-facing-server");
  }

  @Test
  void internetFacingServerWithoutLocalFlagsInfersTheServerAndFindsTheController() throws Exception {
    Hunted h = check("internet-facing-server-nolocal");
    assertThat(h.summary()).as("the run says what it inferred").contains("178.62.41.17");
  }

  @Test
  void publicCampusFindsTheOutboundBeaconFromAPublicAddress() throws Exception {
    check("public-campus");
  }

  @Test
  void labFindsTheEastWestC2AndStaging() throws Exception {
    Hunted h = check("lab-internal-c2");
    for (JsonNode f : h.findings()) {
      String dst = f.get("destination").get("ip").asText();
      assertThat(dst).as("service discovery is not a transfer destination")
          .doesNotStartWith("224.").doesNotStartWith("239.").isNotEqualTo("10.50.255.255");
    }
  }

  @Test
  @org.junit.jupiter.api.Disabled("open (issue 13 item 5): the scenario's C2 revisits addresses days apart, so members'"
      + " first-to-last spans overlap and no family forms; each address is reported as its own channel")
  void twoHostOfficeFindsOneRotatingFamilyPerHost() throws Exception {
    check("two-host-office");
  }

  @Test
  void httpOnlySensorFindsTheHttpBeacon() throws Exception {
    check("http-only-sensor");
  }

  @Test
  void vendorAutomationRanksBelowThePlantedBeaconAndSaysWhichVendor() throws Exception {
    Path out = simulate("vendor-automation");
    JsonNode truth = truth(out);
    plantedAboveEverythingElse(hunt(out), truth);
    Hunted all = hunt(out, "--min-score", "0");
    plantedAboveEverythingElse(all, truth);
    for (JsonNode b : truth.get("benign")) {
      if (b.get("vendor").isNull()) {
        continue;
      }
      Set<String> names = new HashSet<>();
      b.get("destinations").forEach(n -> names.add(n.asText()));
      List<JsonNode> channels = all.findings().stream()
          .filter(f -> names.contains(f.get("destination").path("domain").asText())).toList();
      assertThat(channels).as(b.get("name").asText() + ": lowered, never silenced").isNotEmpty();
      for (JsonNode f : channels) {
        JsonNode part = f.get("score_parts").get("known_service");
        assertThat(part).as(f.get("title").asText() + " has a known_service modifier").isNotNull();
        assertThat(part.get("role").asText()).isEqualTo("multiplier");
        assertThat(part.get("value").asDouble()).isLessThan(1.0);
        assertThat(part.get("note").asText()).contains(b.get("vendor").asText());
      }
    }
  }

  @Test
  void scanIsReportedOnceAndBothBeaconsRankAboveItsChannels() throws Exception {
    Path out = simulate("scan");
    JsonNode truth = truth(out);
    Hunted h = hunt(out);
    plantedAboveEverythingElse(h, truth);
    plantedAboveEverythingElse(hunt(out, "--min-score", "0"), truth);
    long scanChannels = h.findings().stream()
        .filter(f -> f.get("source").get("ip").asText().equals("10.60.0.66"))
        .filter(f -> !aboutAnyPlanted(f, truth))
        .count();
    assertThat(scanChannels).as("the scan's channels at the default threshold (one scan report at most)")
        .isLessThanOrEqualTo(1);
  }

  /**
   * The host's Sysmon runs 176 s ahead of the sensor: its connections join their flows anyway
   * (one finding with the initiator and the flows' bytes, not a network finding plus an endpoint
   * one), the offset is reported, and the host's two spellings are one host.
   */
  @Test
  void clockSkewJoinsTheHostToItsFlowsAndReportsTheOffset() throws Exception {
    Path out = simulate("clock-skew");
    JsonNode truth = truth(out);
    List<Path> inputs = List.of(out.resolve("zeek"), out.resolve("ndjson"));
    Hunted h = hunt(inputs);
    plantedAboveEverythingElse(h, truth);
    plantedAboveEverythingElse(hunt(inputs, "--min-score", "0"), truth);
    JsonNode p = truth.get("planted").get(0);
    List<JsonNode> about = h.findings().stream().filter(f -> about(f, p)).toList();
    assertThat(about).as("one finding for the beacon, not one per log or per spelling of the host")
        .extracting(f -> f.get("title").asText()).hasSize(1);
    JsonNode f = about.get(0);
    assertThat(f.get("initiator").isNull()).as("joined to its process").isFalse();
    assertThat(f.get("initiator").get("image").asText()).isEqualTo(truth.get("facts").get("planted_image").asText());
    assertThat(f.get("bytes_out").isNull()).as("bytes from the joined flows").isFalse();
    assertThat(h.summary()).contains("clock +176 s");
    Set<String> hosts = new HashSet<>();
    Set<String> folded = new HashSet<>();
    for (JsonNode x : h.findings()) {
      hosts.add(x.get("host").asText());
      folded.add(x.get("host").asText().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(hosts).as("host names compared case-insensitively").hasSameSizeAs(folded);
  }
}
