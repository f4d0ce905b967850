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
 * {@code simulate linux} then {@code hunt} over its auditd logs, syslog, crontabs, timer units and
 * Zeek logs: every planted case is found as AN1119 with its job line, user and destination, ranked
 * above every benign channel; the backup is silenced by its allowlist entry.
 */
class LinuxHuntEndToEndTest {

  @TempDir static Path dir;
  static JsonNode truth;
  static HuntResult result;

  @BeforeAll
  static void simulateAndHunt() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("linux", "--out", dir.toString(), "--days", "4", "--hosts", "4", "--seed", "5");
    assertThat(code).as("simulate exit code; stderr: %s", err).isZero();
    truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
    result = hunt(List.of());
  }

  static HuntResult hunt(List<String> allow) {
    return Hunt.run(
        HuntSettings.of(List.of(dir.toString()), null, Long.MIN_VALUE, Long.MAX_VALUE, Map.of(),
            new DestinationAllowlist(allow), ParentProcessBaseline.empty(), 0.0, 0),
        new ByteArrayInputStream(new byte[0]), TestClock.get());
  }

  static boolean matches(Finding f, JsonNode p) {
    String host = p.get("host").asText().toLowerCase(Locale.ROOT);
    String dst = p.get("destination").asText();
    return f.host().toLowerCase(Locale.ROOT).startsWith(host)
        && (dst.equals(f.destination().domain()) || dst.equals(f.destination().ip())
            || f.destination().addresses().contains(p.get("dest_ip").asText()));
  }

  @Test
  void everyPlantedCaseIsAn1119WithItsJobUserAndDestinationAboveEveryBenignChannel() {
    List<Finding> findings = result.findings();
    double lowest = 1;
    for (JsonNode p : truth.get("planted")) {
      Finding f = findings.stream().filter(x -> matches(x, p)).findFirst()
          .orElseThrow(() -> new AssertionError("not found: " + p.get("name").asText() + " in " + titles(findings)));
      assertThat(f.analytic()).as(p.get("name").asText()).isEqualTo("AN1119");
      String job = p.get("job").asText();
      if (job.endsWith(".timer")) {
        // systemd logs a timer's runs by its service unit
        assertThat(f.initiator().job()).isEqualTo(job.replace(".timer", ".service"));
        assertThat(f.technique()).containsExactly("T1029", "T1020", "T1053.006");
      } else {
        // the crontab line: file:line and the command, the schedule in the trigger
        String command = job.substring(job.indexOf(p.get("schedule").asText()) + p.get("schedule").asText().length()).strip();
        assertThat(f.initiator().job()).endsWith(":" + lineOf(f) + " " + command);
        assertThat(f.initiator().trigger()).contains("schedule=" + p.get("schedule").asText());
        assertThat(f.technique()).containsExactly("T1029", "T1020", "T1053.003");
      }
      assertThat(f.initiator().user()).isEqualTo(p.get("user").asText());
      assertThat(f.initiator().image()).isEqualTo(p.get("image").asText());
      assertThat(f.destination().port()).isEqualTo(p.get("port").asInt());
      assertThat(f.bytesOut()).isGreaterThan(f.bytesIn());
      lowest = Math.min(lowest, f.score());
    }
    List<String> above = new ArrayList<>();
    for (Finding f : findings) {
      boolean planted = false;
      for (JsonNode p : truth.get("planted")) {
        planted |= matches(f, p);
      }
      if (!planted && f.score() >= lowest) {
        above.add(f.title() + " " + f.score());
      }
    }
    assertThat(above).as("benign at or above the lowest planted %s", lowest).isEmpty();
  }

  @Test
  void theBackupIsSilencedByItsAllowlistEntry() {
    JsonNode backup = null;
    for (JsonNode b : truth.get("benign")) {
      if (b.has("allowlist") && !b.get("allowlist").isNull()) {
        backup = b;
      }
    }
    String entry = backup.get("allowlist").asText();
    String ip = backup.get("dest_ip").asText();
    assertThat(result.findings()).anyMatch(f -> entry.equals(f.destination().domain()));
    HuntResult allowed = hunt(List.of(entry));
    assertThat(allowed.findings()).noneMatch(f -> entry.equals(f.destination().domain())
        || f.destination().addresses().contains(ip));
    assertThat(allowed.endpoint().silencedByAllowlist()).isPositive();
  }

  /** The crontab line number the finding's job names ({@code .../crontabs/www-data:4 cmd} -> 4). */
  static String lineOf(Finding f) {
    String job = f.initiator().job();
    int colon = job.lastIndexOf(':', job.indexOf(' '));
    return job.substring(colon + 1, job.indexOf(' '));
  }

  @Test
  void theCronJobSaysItsRunsMatchItsSchedule() {
    JsonNode web = truth.get("planted").get(0);
    Finding f = result.findings().stream().filter(x -> matches(x, web)).findFirst().orElseThrow();
    assertThat(f.evidence().notes()).contains("beats match `*/15 * * * *` (100% within 2 min of a scheduled run)");
    assertThat(f.scoreParts()).filteredOn(p -> p.name().equals("user_context")).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo(1.0));
    assertThat(f.scoreParts()).filteredOn(p -> p.name().equals("user_writable_path")).singleElement()
        .satisfies(p -> assertThat(p.note()).isEqualTo("runs from /dev/shm/"));
  }

  static List<String> titles(List<Finding> findings) {
    return findings.stream().map(f -> f.analytic() + " " + f.title() + " " + f.score()).toList();
  }
}
