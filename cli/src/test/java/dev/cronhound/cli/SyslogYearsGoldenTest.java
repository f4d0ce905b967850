package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The year of RFC 3164 stamps ({@code src/test/resources/years/}, see the README there), through
 * {@code cronhound convert --to events}: events and the read summary against {@code
 * years/golden/<case>.golden.txt}. Every case but the clock's gives the same bytes under three
 * clocks (the suite's, 2027-03-01, 2031-07-15): the year comes from the data.
 */
class SyslogYearsGoldenTest {

  private static final Path CASES = Goldens.RESOURCES.resolve("years");
  private static final List<Clock> CLOCKS =
      List.of(TestClock.get(), TestClock.at("2027-03-01T00:00:00Z"), TestClock.at("2031-07-15T00:00:00Z"));

  @TempDir Path tmp;

  /** A syslog file crossing new year, placed by the same host's audit records; a late Dec 31 line stays in 2026. */
  @Test
  void newYearFromTheHostsAuditRecords() throws IOException {
    assertGoldenUnderEveryClock("new-year", List.of("new-year"));
  }

  /** {@code --year} overrides the audit records (and still continues across new year). */
  @Test
  void yearOptionOverridesEverything() throws IOException {
    assertGoldenUnderEveryClock("year-option", List.of("new-year", "--year", "2031"));
  }

  /** A rotation chain read oldest first, one year carried across files; the newer files' copy times are not used. */
  @Test
  void rotatedFilesContinueFromEachOther() throws IOException {
    assertGoldenUnderEveryClock("rotated", List.of("rotated"));
  }

  /** No dated record: the file's modification time; Nov..Mar crosses into a leap year with its Feb 29. */
  @Test
  void modificationTimeWhenNothingDated() throws IOException {
    assertGoldenUnderEveryClock("mtime", List.of("mtime"));
  }

  /** stdin, nothing dated, no file time: the clock, with a warning naming --year. */
  @Test
  void clockLastWithAWarning() throws IOException {
    Path cases = copyCases();
    InputStream saved = System.in;
    List<String> lines;
    try (InputStream in = Files.newInputStream(cases.resolve("new-year/web01/syslog"))) {
      System.setIn(in);
      lines = convert(cases, List.of("-"), TestClock.at("2027-01-01T00:05:00Z"));
    } finally {
      System.setIn(saved);
    }
    assertThat(lines).anyMatch(l -> l.startsWith("warning: -: the year of its RFC 3164 stamps (2026) was taken from the clock")
        && l.endsWith("pass --year YYYY"));
    Goldens.assertMatches(CASES.resolve("golden").resolve("clock.golden.txt"), lines);
  }

  private void assertGoldenUnderEveryClock(String name, List<String> args) throws IOException {
    Path cases = copyCases();
    List<String> first = null;
    for (Clock clock : CLOCKS) {
      List<String> lines = convert(cases, args, clock);
      if (first == null) {
        first = lines;
      } else {
        assertThat(lines).as("under %s", clock.instant()).containsExactlyElementsOf(first);
      }
    }
    Goldens.assertMatches(CASES.resolve("golden").resolve(name + ".golden.txt"), first);
  }

  /** The cases copied to a temporary directory with the file times the README gives. */
  private Path copyCases() throws IOException {
    Path to = tmp.resolve("years");
    if (!Files.exists(to)) {
      try (Stream<Path> files = Files.walk(CASES)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path rel = CASES.relativize(p);
          if (rel.startsWith("golden")) {
            continue;
          }
          if (Files.isDirectory(p)) {
            Files.createDirectories(to.resolve(rel.toString()));
          } else {
            Files.copy(p, to.resolve(rel.toString()));
          }
        }
      }
      touch(to.resolve("rotated/web01/syslog.2.gz"), "2026-12-31T06:25:05Z");
      touch(to.resolve("rotated/web01/syslog.1"), "2027-06-01T10:00:00Z");
      touch(to.resolve("rotated/web01/syslog"), "2027-06-01T10:00:00Z");
      touch(to.resolve("mtime/db01/syslog"), "2028-03-10T00:00:00Z");
    }
    return to;
  }

  private static void touch(Path p, String instant) throws IOException {
    Files.setLastModifiedTime(p, FileTime.from(Instant.parse(instant)));
  }

  /** {@code convert --to events ARGS} (relative paths under {@code cases}): events, then stderr, paths from {@code years/}. */
  private List<String> convert(Path cases, List<String> args, Clock clock) throws IOException {
    Path out = tmp.resolve("out.jsonl");
    List<String> argv = new ArrayList<>(List.of("convert", "--to", "events", "-o", out.toString()));
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean path = !a.startsWith("-") && (i == 0 || !args.get(i - 1).equals("--year"));
      argv.add(path ? cases.resolve(a).toString() : a);
    }
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(clock);
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(argv.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    String prefix = cases.getParent().toString() + "/";
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      lines.add(l.replace(prefix, ""));
    }
    for (String l : err.toString().split("\n")) {
      lines.add(l.replace(prefix, "").replaceAll(" in \\d+\\.\\d+ s$", " in <elapsed> s"));
    }
    return lines;
  }
}
