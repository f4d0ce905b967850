package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("network", "--help")).isZero();
    assertThat(out.toString())
        .contains("--seed", "--days", "--out", "--start", "--hosts", "--browse-rate")
        .contains("--format", "--conn-only", "--gzip");
  }

  @Test
  void windowsHelpListsTheOptionsAndRefusesTooFewHosts() {
    assertThat(run("windows", "--help")).isZero();
    assertThat(out.toString())
        .contains("--out", "--seed", "--days", "--start", "--hosts")
        .contains("DIR/xml/HOST.xml", "DIR/ndjson/HOST.ndjson", "DIR/zeek/conn.log");
    Path dir = tmp.resolve("w");
    assertThat(run("windows", "--out", dir.toString(), "--hosts", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("hosts must be between 4 and");
    assertThat(Files.exists(dir)).isFalse();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required subcommand");
    assertThat(run("network")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
    Path dir = tmp.resolve("x");
    assertThat(run("network", "--out", dir.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("expected tsv or json");
    assertThat(run("network", "--out", dir.toString(), "--days", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("days must be between");
    assertThat(run("network", "--out", dir.toString(), "--start", "next monday")).isEqualTo(2);
    assertThat(Files.exists(dir)).isFalse();
  }

  @Test
  void startMayBeADateOrAnInstantAnywhereInTheDay() throws Exception {
    Path dir = tmp.resolve("s");
    assertThat(
            run(
                "network",
                "--out",
                dir.toString(),
                "--start",
                "2026-03-01T12:30:00Z",
                "--days",
                "2",
                "--hosts",
                "5",
                "--browse-rate",
                "5"))
        .isZero();
    ZeekTsv conn = ZeekTsv.read(dir.resolve("conn.log"));
    assertThat(conn.headers).containsEntry("open", "2026-03-01-12-30-00");
    assertThat(conn.headers).containsEntry("close", "2026-03-03-12-30-00");
    long start = 1_772_368_200L * 1_000_000; // 2026-03-01T12:30:00Z
    long end = start + 2 * 86_400L * 1_000_000;
    for (String[] row : conn.rows) {
      assertThat(conn.ts(row)).isBetween(start - 1_000_000, end + 120_000_000);
    }
    assertThat(Simulations.truth(dir).get("start").asText()).isEqualTo("2026-03-01T12:30:00Z");
    assertThat(out.toString()).contains("wrote ").contains(" conn, ").contains("truth.json");

    Path byDate = tmp.resolve("d");
    assertThat(
            run(
                "network",
                "--out",
                byDate.toString(),
                "--start",
                "2026-03-01",
                "--days",
                "1",
                "--hosts",
                "1",
                "--browse-rate",
                "0",
                "--conn-only"))
        .isZero();
    assertThat(Simulations.truth(byDate).get("start").asText()).isEqualTo("2026-03-01T00:00:00Z");
  }
}
