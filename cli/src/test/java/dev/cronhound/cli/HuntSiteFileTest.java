package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.simulate.NetworkSimulation;
import dev.cronhound.cli.simulate.OutputFormat;
import dev.cronhound.cli.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hunt --config FILE} and {@code CRONHOUND_CONFIG}: the site file applies, flags win, problems stop the run. */
class HuntSiteFileTest {

  @TempDir static Path dir;
  static Path sim;

  static final String PLANTED = "cdn-telemetry.example-c2.net";

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void simulate() throws Exception {
    sim = dir.resolve("sim");
    NetworkSimulation.run(new SimulationOptions(2, 4, Instant.parse("2026-01-05T00:00:00Z"), 5, 8,
        OutputFormat.TSV, false, false, sim));
  }

  static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new HuntCommand(TestClock.get(), environment));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Path siteFile(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void theFilesTunablesApplyAndTuneFlagsWin() throws Exception {
    Path f = siteFile("strict.yaml", "tunables:\n  MinEpisodes: 100000\n");
    Run strict = run(sim.toString(), "--config", f.toString());
    assertThat(strict.exit()).isEqualTo(ExitCodes.OK);
    assertThat(strict.out()).isEqualTo("No findings at or above the minimum score.\n");
    assertThat(strict.err()).contains("site file: " + f + "\n");
    Run flag = run(sim.toString(), "--config", f.toString(), "--tune", "minepisodes=4");
    assertThat(flag.out()).contains(PLANTED + ":443");
  }

  @Test
  void theFilesAllowlistAddsToTheFlags() throws Exception {
    Files.writeString(dir.resolve("approved.txt"), "# the planted channel, as if approved\n" + PLANTED + "   # test\n");
    Path f = siteFile("allow.yaml", "allowlist:\n  files: [approved.txt]\n");
    Run r = run(sim.toString(), "--config", f.toString(), "--allow-dest", "backup.corp.example");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).doesNotContain(PLANTED);
    assertThat(r.err()).contains("silenced by DestIPAllowlist");
  }

  @Test
  void theEnvironmentNamesTheFileWhenConfigIsNotGivenAndConfigWins() throws Exception {
    Path strict = siteFile("env.yaml", "tunables:\n  MinEpisodes: 100000\n");
    Path loose = siteFile("loose.yaml", "tunables:\n  MinEpisodes: 4\n");
    Map<String, String> env = Map.of("CRONHOUND_CONFIG", strict.toString());
    Run fromEnv = run(env, sim.toString());
    assertThat(fromEnv.out()).isEqualTo("No findings at or above the minimum score.\n");
    assertThat(fromEnv.err()).contains("site file: " + strict + " (from CRONHOUND_CONFIG)\n");
    assertThat(run(sim.toString()).err()).doesNotContain("site file:");
    assertThat(run(env, sim.toString(), "--config", loose.toString()).out()).contains(PLANTED + ":443");
    Run missing = run(Map.of("CRONHOUND_CONFIG", dir.resolve("nope.yaml").toString()), sim.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).isEqualTo("cronhound hunt: CRONHOUND_CONFIG names " + dir.resolve("nope.yaml") + ", which cannot be read\n");
  }

  @Test
  void aBadSiteFileStopsTheRunListingEveryProblem() throws Exception {
    Path f = siteFile("bad.yaml", "tunables:\n  MinEpisods: 6\n  GridBand: wide\n");
    Run r = run(sim.toString(), "--config", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(f + ":2: tunables.MinEpisods: unknown tunable; did you mean 'MinEpisodes'?\n"
        + f + ":3: tunables.GridBand: 'wide' is not a number (GridBand is a decimal number)\n"
        + "cronhound hunt: the site file has 2 problems\n");
  }

  @Test
  void anAllowlistFileWithBadLinesListsEachOneWithItsLine() throws Exception {
    Path list = dir.resolve("list.txt");
    Files.writeString(list, "ok.example  # fine\nbad entry!\n\n# note\n10.1.2.3/40\n");
    Run r = run(sim.toString(), "--allowlist", list.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("cronhound hunt: " + list + ":2: DestIPAllowlist entry 'bad entry!' is not an IP, CIDR, domain or *.domain\n"
        + list + ":5: DestIPAllowlist entry '10.1.2.3/40' is not an IP or CIDR block (prefix length out of range in 10.1.2.3/40)\n");
    Path baseline = dir.resolve("baseline.txt");
    Files.writeString(baseline, "svchost.exe>backupagent.exe\n>x.exe\n");
    Run b = run(sim.toString(), "--baseline-file", baseline.toString());
    assertThat(b.err()).isEqualTo("cronhound hunt: " + baseline
        + ":2: ParentProcessBaseline entry '>x.exe' needs an image on both sides of '>' (svchost.exe>backupagent.exe)\n");
  }
}
