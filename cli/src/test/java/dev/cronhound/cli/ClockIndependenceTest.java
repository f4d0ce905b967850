package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hunt samples/} gives byte-identical findings whatever the day: at the real date, on
 * 2027-03-01 (after the samples' new year) and on 2031-07-15. The one test that reads the real
 * clock, to show that nothing depends on it; {@code scripts/faketime-check.sh} does the same
 * with the JVM's own clock moved.
 */
class ClockIndependenceTest {

  private static final String SAMPLES = Path.of("..", "samples").toString();

  @TempDir Path tmp;

  @Test
  void huntSamplesIsTheSameAtAnyDate() throws IOException {
    Run real = hunt(Clock.systemUTC(), "real");
    assertThat(real.findings()).isNotEmpty();
    assertThat(real.err())
        .contains("simulated-linux/web01/syslog.gz: year 2026 from audit records of web01")
        .doesNotContain("warning:");
    for (String at : List.of("2027-03-01T00:00:00Z", "2031-07-15T00:00:00Z")) {
      Run moved = hunt(TestClock.at(at), at.substring(0, 10));
      assertThat(moved.findings()).as("findings at %s", at).containsExactlyElementsOf(real.findings());
      assertThat(moved.err().replaceAll("\\d+\\.\\d+ s", "<t> s"))
          .as("run summary at %s", at).isEqualTo(real.err().replaceAll("\\d+\\.\\d+ s", "<t> s"));
    }
  }

  record Run(List<String> findings, String err) {}

  private Run hunt(Clock clock, String name) throws IOException {
    Path out = tmp.resolve(name + ".jsonl");
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(clock);
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("hunt", SAMPLES, "-o", out.toString());
    assertThat(code).as(err.toString()).isZero();
    return new Run(Files.readAllLines(out, StandardCharsets.UTF_8), err.toString());
  }
}
