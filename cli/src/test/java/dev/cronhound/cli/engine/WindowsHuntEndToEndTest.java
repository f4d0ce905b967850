package dev.cronhound.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.cli.simulate.SimulateCommand;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code simulate windows} then {@code hunt} over its endpoint logs and Zeek logs: every planted case
 * is found as AN1118/AN1113 with its task, image, user and destination, ranked above every benign
 * channel (the estate's automation, and the NTP, apt and firmware checks of two devices seen only by
 * Zeek); the approved backup is silenced by its allowlist entry; the event
 * XML form and the Winlogbeat NDJSON form give the same findings; flows of devices without endpoint
 * logs fall back to network-only BEACON findings.
 */
class WindowsHuntEndToEndTest {

  @TempDir static Path dir;
  static JsonNode truth;
  static HuntResult fromXml;
  static HuntResult fromNdjson;

  @BeforeAll
  static void simulateAndHunt() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("windows", "--out", dir.toString(), "--days", "7", "--hosts", "4", "--seed", "11");
    assertThat(code).as("simulate exit code; stderr: %s", err).isZero();
    truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
    fromXml = hunt(List.of(), "xml");
    fromNdjson = hunt(List.of(), "ndjson");
  }

  static HuntResult hunt(List<String> allow, String form) {
    return hunt(allow, List.of(dir.resolve(form).toString(), dir.resolve("zeek").toString()));
  }

  static HuntResult hunt(List<String> allow, List<String> inputs) {
    return Hunt.run(
        HuntSettings.of(inputs, null,
            Long.MIN_VALUE, Long.MAX_VALUE, Map.of(), new DestinationAllowlist(allow), ParentProcessBaseline.empty(),
            0.0, 0),
        new ByteArrayInputStream(new byte[0]), TestClock.get());
  }

  static boolean isPlanted(Finding f) {
    for (JsonNode p : truth.get("planted")) {
      if (matches(f, p)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(Finding f, JsonNode p) {
    String host = p.get("host").asText().toLowerCase(Locale.ROOT);
    String dst = p.get("destination").asText();
    return f.host().toLowerCase(Locale.ROOT).startsWith(host + ".")
        && (dst.equals(f.destination().domain()) || dst.equals(f.destination().ip()));
  }

  static boolean fromEstateHost(Finding f) {
    return f.host().toLowerCase(Locale.ROOT).endsWith(".corp.example") || f.host().startsWith("10.20.0.1");
  }

  @Test
  void everyPlantedCaseIsFoundWithItsInitiatorAndRanksAboveEveryBenignEstateChannel() {
    List<Finding> findings = fromXml.findings();
    double lowestPlanted = 1;
    for (JsonNode p : truth.get("planted")) {
      Finding f = findings.stream().filter(x -> matches(x, p)).findFirst()
          .orElseThrow(() -> new AssertionError("not found: " + p.get("name").asText()));
      assertThat(findings.stream().filter(x -> matches(x, p))).as("one finding per planted channel").hasSize(1);
      assertThat(f.analytic()).as(p.get("name").asText()).isEqualTo(p.get("analytic").asText());
      assertThat(f.initiator().job()).isEqualTo(p.get("job").isNull() ? null : p.get("job").asText());
      assertThat(f.initiator().image()).isEqualTo(p.get("image").asText());
      assertThat(f.initiator().user()).isEqualTo(p.get("user").asText());
      assertThat(f.destination().port()).isEqualTo(p.get("port").asInt());
      assertThat(f.destination().addresses()).contains(p.get("dest_ip").asText());
      assertThat(f.bytesOut()).isGreaterThan(f.bytesIn());
      assertThat(f.periodSeconds()).isCloseTo(p.get("period_seconds").asDouble(), org.assertj.core.data.Percentage.withPercentage(5));
      lowestPlanted = Math.min(lowestPlanted, f.score());
    }
    assertThat(lowestPlanted).isGreaterThanOrEqualTo(0.8);

    List<String> benignAbove = new ArrayList<>();
    for (Finding f : findings) {
      if (!isPlanted(f) && f.score() >= lowestPlanted) {
        benignAbove.add(f.title() + " " + f.score());
      }
    }
    assertThat(benignAbove)
        .as("benign channels (estate automation, and the Zeek-only Linux box and printer) at or above the lowest planted %s",
            lowestPlanted)
        .isEmpty();
    assertThat(findings.stream().filter(WindowsHuntEndToEndTest::fromEstateHost).filter(f -> f.initiator() == null))
        .as("every estate flow joined an endpoint connection: no network-only finding for the estate").isEmpty();
  }

  @Test
  void taskFindingsSayHowTheTaskWasTiedAndWhatItsTriggerIs() {
    JsonNode hourly = truth.get("planted").get(0);
    Finding f = fromXml.findings().stream().filter(x -> matches(x, hourly)).findFirst().orElseThrow();
    assertThat(f.technique()).containsExactly("T1029", "T1020", "T1053.005");
    assertThat(f.initiator().linkedBy()).startsWith("TaskScheduler 129 (pid ");
    assertThat(f.initiator().trigger()).endsWith(", every 1h");
    assertThat(f.initiator().parentChain()).last().asString().endsWith("-k netsvcs -p -s Schedule");
    assertThat(f.silenceWith()).extracting(Finding.Silencer::tunable)
        .containsExactly("DestIPAllowlist", "ParentProcessBaseline", "MinScore");

    JsonNode daily = truth.get("planted").get(1);
    Finding d = fromXml.findings().stream().filter(x -> matches(x, daily)).findFirst().orElseThrow();
    assertThat(d.initiator().linkedBy()).startsWith("TaskScheduler 129 of parent cmd.exe (pid ");
    assertThat(d.evidence().schedule()).startsWith("daily at 02:1");
  }

  @Test
  void theXmlAndTheNdjsonFormsGiveTheSameFindings() {
    assertThat(fromNdjson.findings()).hasSameSizeAs(fromXml.findings());
    for (int i = 0; i < fromXml.findings().size(); i++) {
      Finding a = fromXml.findings().get(i);
      Finding b = fromNdjson.findings().get(i);
      assertThat(b).usingRecursiveComparison().ignoringFields("evidence.logRefs").isEqualTo(a);
    }
  }

  @Test
  void theBackupRanksBelowThePlantedAndIsSilencedByItsAllowlistEntry() {
    JsonNode backup = null;
    for (JsonNode b : truth.get("benign")) {
      if (b.get("name").asText().equals("nightly-backup")) {
        backup = b;
      }
    }
    String entry = backup.get("allowlist").asText();
    long before = fromXml.findings().stream().filter(f -> entry.equals(f.destination().domain())).count();
    assertThat(before).as("one backup finding per host before allowlisting").isEqualTo(4);

    HuntResult allowed = hunt(List.of(entry), "xml");
    assertThat(allowed.findings()).noneMatch(f -> entry.equals(f.destination().domain()));
    assertThat(allowed.endpoint().silencedByAllowlist()).isEqualTo(4);
    assertThat(allowed.findings()).hasSize(fromXml.findings().size() - 4);
  }

  @Test
  void devicesWithoutEndpointLogsFallBackToNetworkOnlyBeacons() {
    assertThat(fromXml.findings()).filteredOn(f -> f.host().equals("10.20.0.200") || f.host().equals("10.20.0.201"))
        .isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.analytic()).isEqualTo("BEACON");
          assertThat(f.initiator()).isNull();
        });
    assertThat(fromXml.endpoint().joinedFlows()).isEqualTo(fromXml.eventsByKind().get("network_connection"));
    assertThat(fromXml.endpoint().state().peakProcesses()).isLessThan(fromXml.eventsByKind().get("process_start").intValue());
  }

  @Test
  void endpointDataAloneFindsThePlantedCasesAndSaysBytesAreUnknown() {
    HuntResult r = hunt(List.of(), List.of(dir.resolve("ndjson").toString()));
    for (JsonNode p : truth.get("planted")) {
      Finding f = r.findings().stream().filter(x -> matches(x, p)).findFirst()
          .orElseThrow(() -> new AssertionError("not found: " + p.get("name").asText()));
      assertThat(f.analytic()).isEqualTo(p.get("analytic").asText());
      assertThat(f.initiator().image()).isEqualTo(p.get("image").asText());
      assertThat(f.bytesOut()).isEqualTo(-1);
      assertThat(f.evidence().notes())
          .contains("endpoint data alone: no sensor flow joined these connections, so bytes are unknown");
    }
  }

  @Test
  void networkDataAloneFallsBackToBeaconsWithoutAnInitiator() {
    HuntResult r = hunt(List.of(), List.of(dir.resolve("zeek").toString()));
    assertThat(r.endpoint().staged()).isZero();
    for (JsonNode p : truth.get("planted")) {
      String dst = p.get("destination").asText();
      Finding f = r.findings().stream()
          .filter(x -> dst.equals(x.destination().domain()) || dst.equals(x.destination().ip()))
          .findFirst().orElseThrow(() -> new AssertionError("not found: " + p.get("name").asText()));
      assertThat(f.analytic()).isEqualTo("BEACON");
      assertThat(f.initiator()).isNull();
      assertThat(f.host()).startsWith("10.20.0.");
    }
  }
}
