package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.cli.simulate.NetworkSimulation;
import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.cli.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The hunt command as a user meets it: exit codes, the table, JSON lines, the stderr summary. */
class HuntCommandTest {

  @TempDir static Path dir;
  static Path sim;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void simulate() throws Exception {
    sim = dir.resolve("sim");
    NetworkSimulation.run(new SimulationOptions(2, 4, Instant.parse("2026-01-05T00:00:00Z"), 5, 8,
        OutputFormat.TSV, false, false, sim));
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(TestClock.get());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void huntPrintsARankedTableAndWhatItRead() {
    Run r = run("hunt", sim.resolve("conn.log").toString(), sim.resolve("dns.log").toString(),
        sim.resolve("ssl.log").toString(), sim.resolve("http.log").toString(), "--width", "120");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).startsWith("# SCORE SEV      DIR ANALYTIC HOST").contains("cdn-telemetry.example-c2.net:443", "every 5m");
    assertThat(r.err()).contains("read 4 file(s)", "zeek-tsv/conn", "malformed: 0", "channels: ", "findings: ");
  }

  @Test
  void jsonLinesToStdoutCarryTheContractAndNothingElse() throws Exception {
    Run r = run("hunt", sim.toString(), "-o", "-", "--top", "3");
    assertThat(r.exit()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper m = new ObjectMapper();
    for (String l : lines) {
      assertThat(m.readTree(l).fieldNames()).toIterable().containsExactly("analytic", "technique", "title", "score",
          "rhythm_score", "severity", "host", "direction", "source", "destination", "initiator", "first_seen", "last_seen", "count",
          "period_seconds", "jitter", "bytes_out", "bytes_in", "score_parts", "evidence", "silence_with");
    }
  }

  @Test
  void jsonToAFileAndTheTableToStdout() throws Exception {
    Path out = dir.resolve("findings.jsonl");
    Run r = run("hunt", sim.toString(), "-o", out.toString(), "--min-score", "0.8");
    assertThat(r.exit()).isEqualTo(0);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).isNotEmpty();
    assertThat(r.out().lines().filter(l -> l.matches("\\d+ .*")).count()).isEqualTo(lines.size());
  }

  @Test
  void nothingAboveTheMinimumSaysHowCloseTheBestCameAndItsFlagShowsIt() throws Exception {
    Run r = run("hunt", sim.toString(), "--min-score", "0.99", "--no-progress");
    assertThat(r.exit()).isEqualTo(0);
    List<String> out = r.out().lines().toList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0)).matches("no finding at or above 0\\.99; the best scored 0\\.\\d\\d \\(10\\.10\\.0\\.\\d+ -> \\S+\\):"
        + " --min-score 0\\.\\d\\d shows it");
    String flag = out.get(0).replaceFirst(".*--min-score (\\S+) shows it$", "$1");
    Run shown = run("hunt", sim.toString(), "--min-score", flag, "-o", "-");
    assertThat(shown.out().lines()).hasSize(1);
  }

  @Test
  void jsonOnStdoutStaysJsonWithProgressAskedForAndTheCauseGoesToStderr() throws Exception {
    Run r = run("hunt", sim.toString(), "-o", "-", "--min-score", "0.99", "--progress");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).startsWith("no finding at or above 0.99; the best scored");
    assertThat(r.err()).doesNotContain("\u001b", "\r");
  }

  @Test
  void theTableFitsTheWidthAsked() {
    Run r = run("hunt", sim.toString(), "--width", "80");
    assertThat(r.exit()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("# SCORE DIR ANALYTIC HOST       DESTINATION                     WHY");
    assertThat(lines.get(lines.size() - 1)).as("the cause line, one line whatever the width")
        .startsWith("5,205 of 47,131 flows (11.0%) go to internal destinations and were left out");
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.length() <= 80 || !l.strip().contains(" "));
    assertThat(run("hunt", sim.toString(), "--width", "30").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void badLinesAreCountedWithFileAndLineAndGoodOnesKept() throws Exception {
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    List<String> conn = Files.readAllLines(sim.resolve("conn.log"), StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      b.append(conn.get(i)).append('\n');
    }
    b.append("1767571200.000000\tCtruncated\t10.10.0.10\n");
    b.append("\u0000\u0001\u0002garbage\n");
    Files.writeString(bad.resolve("conn.log"), b.toString(), StandardCharsets.UTF_8);
    Run r = run("hunt", bad.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).contains("malformed: 2").contains(bad.resolve("conn.log") + ":" + 201 + ":")
        .contains(bad.resolve("conn.log") + ":" + 202 + ":");
    long headers = conn.subList(0, 200).stream().filter(l -> l.startsWith("#")).count();
    assertThat(r.err()).contains("zeek-tsv/conn            " + (200 - headers));
  }

  @Test
  void nothingReadableExitsNonZeroWithOneLineReason() throws Exception {
    Path junk = dir.resolve("junk.bin");
    Files.write(junk, new byte[] {0, 1, 2, 3, (byte) 0xff, 0x7f});
    Run r = run("hunt", junk.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("cronhound hunt: nothing could be read from " + junk);
    Run missing = run("hunt", dir.resolve("no-such-dir").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.NOTHING_READ);
  }

  @Test
  void unknownTunablesAndBadScoresAreUsageErrors() {
    Run r = run("hunt", sim.toString(), "--tune", "NoSuchThing=3");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown tunable 'NoSuchThing'");
    assertThat(run("hunt", sim.toString(), "--min-score", "1.5").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("hunt", sim.toString(), "--tune", "MinEpisodes=two").err()).contains("tunable MinEpisodes: 'two' is not a valid int");
    assertThat(run("hunt", sim.toString(), "--allow-dest", "bad entry!").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void allowlistEntrySilencesAFindingItNamed() throws Exception {
    Run first = run("hunt", sim.toString(), "-o", "-", "--top", "1");
    String entry = new ObjectMapper().readTree(first.out().lines().findFirst().orElseThrow())
        .get("silence_with").get(0).get("entry").asText();
    Run again = run("hunt", sim.toString(), "-o", "-", "--allow-dest", entry);
    assertThat(again.out()).doesNotContain("\"" + entry + "\"");
    assertThat(again.err()).contains("1 silenced by DestIPAllowlist");
  }

  @Test
  void sinceAfterUntilIsAUsageErrorSayingSo() {
    Run r = run("hunt", sim.toString(), "--since", "2026-01-12", "--until", "2026-01-05T06:00:00Z");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("cronhound hunt: --since 2026-01-12T00:00:00Z is after --until 2026-01-05T06:00:00Z:"
        + " no flow can be in that window (swap them?)\n");
    assertThat(run("hunt", sim.toString(), "--since", "2026-01-05", "--until", "2026-01-05").exit()).isEqualTo(ExitCodes.OK);
  }
}
