package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.eval.EvalCase;
import dev.cronhound.cli.eval.Label;
import dev.cronhound.cli.eval.Scorer;
import dev.cronhound.cli.eval.Scorer.CaseResult;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The evaluation of eval/: its cases are well formed and licensed as eval/README.md says, the
 * matching is what it says, and the known findings of the committed captures are pinned (rank,
 * source -> destination:port, score band), as RITA's integration tests pin known scores.
 *
 * <p>The pins are what the engine produced at commit 27f0b25 (issue 13's "before"). When an
 * engine change moves them, that is the change's measured effect: update the pins from the
 * failure message (it prints the whole actual ranking in the pin format) and quote the new
 * figures in eval/README.md.
 */
class EvalTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path CASES = ROOT.resolve("eval/cases");
  /** A real-data folder that is never there: mvn verify must not depend on ../shared. */
  static final Path NO_REALDATA = ROOT.resolve("eval/no-realdata-in-tests");

  /** The what-if beside the defaults: east-west channels built (the committed captures are labs in RFC 1918 space). */
  static final List<String> EAST_WEST = List.of("--tune", "IncludeInternalDestinations=true");

  static List<EvalCase> cases;

  @BeforeAll
  static void load() throws IOException {
    cases = new ArrayList<>();
    try (Stream<Path> s = Files.list(CASES)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        cases.add(EvalCase.read(p));
      }
    }
  }

  static Scorer scorer(List<String> extra) {
    return new Scorer(args -> EvalCommand.huntSettings(args, TestClock.get()), TestClock.get(), ROOT, NO_REALDATA,
        extra);
  }

  static EvalCase committed(String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  // --- pins: the committed captures -------------------------------------------------------------

  /** Per committed case: the full ranking (--min-score 0) with a new user's defaults. */
  static final Map<String, List<String>> DEFAULT_RANKING = new LinkedHashMap<>();
  /** Per committed case: the figures with a new user's defaults. */
  static final Map<String, String> DEFAULT_FIGURES = new LinkedHashMap<>();
  /** The same with east-west channels built ({@link #EAST_WEST}). */
  static final Map<String, List<String>> EAST_WEST_RANKING = new LinkedHashMap<>();
  static final Map<String, String> EAST_WEST_FIGURES = new LinkedHashMap<>();

  static {
    // After issue 13 (every direction analysed by default, resolver queries and discovery left out,
    // chance and known-service modifiers): the lab C2 channels are ranked, none reaches the default
    // threshold (two to five sessions are not a rhythm; see eval/README.md). East-west is now a
    // default, so the "east-west opened by hand" run gives the same ranking.
    List<String> apt29 = List.of(
        "1 10.0.1.4 -> 10.0.1.6:55121 [0.10,0.20)",
        "2 10.0.1.4 -> 10.0.0.4:88 [0.00,0.10)",
        "3 10.0.1.6 -> 10.0.0.4:389 [0.00,0.10)",
        "4 10.0.1.4 -> 10.0.1.6:445 [0.00,0.10)",
        "5 10.0.1.6 -> 192.168.0.4:8443 [0.00,0.10)");
    for (Map<String, List<String>> ranking : List.of(DEFAULT_RANKING, EAST_WEST_RANKING)) {
      ranking.put("otrf-apt29-day1", apt29);
      ranking.put("otrf-lsass-campaign-01", List.of("1 192.168.1.41 -> 10.0.5.13:8080 [0.00,0.10)"));
      ranking.put("otrf-lsass-campaign-02", List.of());
      ranking.put("otrf-lsass-campaign-03", List.of("1 192.168.1.42 -> 10.0.5.13:5678 [0.00,0.10)"));
    }
    for (Map<String, String> figures : List.of(DEFAULT_FIGURES, EAST_WEST_FIGURES)) {
      figures.put("otrf-apt29-day1", "positives 4, found 0, at-0 1, mrr 0.050, benign 0, findings 0, ranked 5");
      figures.put("otrf-lsass-campaign-01", "positives 1, found 0, at-0 1, mrr 1.000, benign 0, findings 0, ranked 1");
      figures.put("otrf-lsass-campaign-02", "positives 1, found 0, at-0 0, mrr 0.000, benign 0, findings 0, ranked 0");
      figures.put("otrf-lsass-campaign-03", "positives 1, found 0, at-0 1, mrr 1.000, benign 0, findings 0, ranked 1");
    }
  }

  static String pin(int rank, Finding f) {
    double lo = Math.floor(f.score() * 10) / 10;
    return String.format(Locale.ROOT, "%d %s -> %s:%d [%.2f,%.2f)", rank, f.source().ip(), f.destination().ip(),
        f.destination().port(), lo, lo + 0.1);
  }

  static List<String> pins(CaseResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.ranking().size(); i++) {
      out.add(pin(i + 1, r.ranking().get(i)));
    }
    return out;
  }

  static String figures(CaseResult r) {
    return String.format(Locale.ROOT, "positives %d, found %d, at-0 %d, mrr %.3f, benign %d, findings %d, ranked %d",
        r.positives().size(), r.found(), r.ranked(), r.positives().isEmpty() ? 0 : r.mrr(), r.benignAtDefault(),
        r.findingsAtDefault(), r.ranking().size());
  }

  @Test
  void committedCapturesWithDefaultsRankAsPinned() {
    Scorer s = scorer(List.of());
    for (String name : DEFAULT_RANKING.keySet()) {
      CaseResult r = s.score(committed(name));
      assertThat(r.skipped()).as(name).isNull();
      assertThat(pins(r)).as(name + " ranking (update the pin from this list)").isEqualTo(DEFAULT_RANKING.get(name));
      assertThat(figures(r)).as(name + " figures").isEqualTo(DEFAULT_FIGURES.get(name));
    }
  }

  @Test
  void committedCapturesWithEastWestChannelsRankAsPinned() {
    Scorer s = scorer(EAST_WEST);
    for (String name : EAST_WEST_RANKING.keySet()) {
      CaseResult r = s.score(committed(name));
      assertThat(pins(r)).as(name + " ranking (update the pin from this list)").isEqualTo(EAST_WEST_RANKING.get(name));
      assertThat(figures(r)).as(name + " figures").isEqualTo(EAST_WEST_FIGURES.get(name));
    }
  }

  @Test
  void everyCommittedCaseIsPinned() {
    List<String> committed = cases.stream().filter(c -> !c.needsRealdata()).map(EvalCase::name).toList();
    assertThat(DEFAULT_RANKING.keySet()).containsExactlyInAnyOrderElementsOf(committed);
    assertThat(EAST_WEST_RANKING.keySet()).containsExactlyInAnyOrderElementsOf(committed);
  }

  // --- the cases themselves ---------------------------------------------------------------------

  @Test
  void everyLabelIsCitedAndEveryCaseHasALicence() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
    for (EvalCase c : cases) {
      assertThat(c.licence()).as(c.name()).isNotBlank();
      assertThat(c.file().getFileName().toString()).isEqualTo(c.name() + ".json");
      for (Label l : concat(c.positives(), c.negatives())) {
        assertThat(l.cite()).as(c.name() + "/" + l.name()).hasSizeGreaterThan(20);
      }
    }
  }

  /** GPL captures are read in place and never copied; committed ones are permissive, with their licence beside them. */
  @Test
  void gplCapturesAreNeverCommittedAndCommittedOnesCarryTheirLicence() throws IOException {
    for (EvalCase c : cases) {
      boolean gpl = c.licence().startsWith("GPL");
      for (String input : c.inputs()) {
        if (gpl) {
          assertThat(input).as(c.name() + " input").startsWith(EvalCase.REALDATA);
        } else {
          assertThat(input).as(c.name() + " input").doesNotStartWith(EvalCase.REALDATA).startsWith("eval/data/");
          Path dir = ROOT.resolve(input);
          assertThat(dir.resolve("LICENSE")).as(c.name()).exists();
          assertThat(Files.readString(dir.resolve("LICENSE"), StandardCharsets.UTF_8)).startsWith("MIT License");
        }
      }
    }
    try (Stream<Path> s = Files.list(ROOT.resolve("eval/data"))) {
      for (Path dir : s.toList()) {
        assertThat(dir.resolve("LICENSE")).as(dir + " has its licence beside it").exists();
        assertThat(Files.readString(dir.resolve("LICENSE"), StandardCharsets.UTF_8)).doesNotContain("GNU GENERAL PUBLIC");
      }
    }
  }

  @Test
  void casesOverAbsentRealDataAreSkippedAndLeftOutOfTheFigures() {
    Scorer.Report report = scorer(List.of()).score(cases);
    for (CaseResult r : report.cases()) {
      assertThat(r.skipped() != null).as(r.evalCase().name()).isEqualTo(r.evalCase().needsRealdata());
      if (r.skipped() != null) {
        assertThat(r.skipped()).startsWith("real data not found").contains("CRONHOUND_REALDATA");
      }
    }
    assertThat(report.overall().cases()).isEqualTo(DEFAULT_RANKING.size());
    assertThat(report.overall().positives()).isEqualTo(7);
  }

  @Test
  void theCommandPrintsTheTableAndJson() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(TestClock.get());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("eval", CASES.toString(), "--realdata", NO_REALDATA.toString());
    assertThat(code).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).startsWith("CASE ").contains("otrf-lsass-campaign-01", "MIT", "skipped: real data not found",
        "overall (4 run, 7 skipped)", "+ meterpreter-https-c2", "missed: no finding");

    StringWriter json = new StringWriter();
    cl.setOut(new PrintWriter(json, true));
    code = cl.execute("eval", CASES.resolve("otrf-lsass-campaign-01.json").toString(), "--json",
        "--hunt-args", "--tune IncludeInternalDestinations=true");
    assertThat(code).isEqualTo(0);
    assertThat(json.toString()).contains("\"benign_at_default\" : 0", "\"found_ranked\" : 1", "\"mrr\" : 1.0", "\"rank\" : 1");
  }

  @Test
  void aBadCaseIsAUsageErrorNamingTheFile() throws IOException {
    Path bad = Files.createTempFile("case", ".json");
    Files.writeString(bad, "{\"name\":\"x\",\"licence\":\"MIT\",\"inputs\":[\"a\"],\"positives\":[{\"name\":\"p\",\"src\":\"1.2.3.4\"}]}");
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(TestClock.get());
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("eval", bad.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains(bad.toString(), "has no 'cite'");
    Files.delete(bad);
  }

  // --- matching -----------------------------------------------------------------------------------

  static Finding finding(String src, String host, String dstIp, String domain, int port, List<String> addresses) {
    return new Finding("BEACON", List.of("T1071"), "t", 0.5, Severity.LOW, host, new Finding.Source(src),
        new Finding.Destination(dstIp, domain, port, null, addresses, null), null, 0, 0, 10, 60, 0.1, -1, -1,
        List.of(), new Finding.Evidence(List.of(), List.of(), 10, 10, 0, null, List.of(), List.of()), List.of(),
        "outbound", 0.5);
  }

  static Label label(String src, List<String> dst, List<String> domains, List<Integer> ports) {
    return new Label("l", src, dst, domains, ports, Double.NaN, null, "a citation long enough");
  }

  @Test
  void aFindingMatchesOnSourceDestinationAndPort() {
    Finding f = finding("10.0.0.5", "ws01.corp", "203.0.113.7", "c2.example.net", 443, List.of("203.0.113.7", "198.51.100.9"));
    assertThat(label("10.0.0.5", List.of("203.0.113.7"), List.of(), List.of(443)).matches(f)).isTrue();
    assertThat(label("10.0.0.5", List.of("198.51.100.9"), List.of(), List.of()).matches(f)).as("any address of the finding").isTrue();
    assertThat(label("10.0.0.5", List.of("198.51.100.0/24"), List.of(), List.of()).matches(f)).as("a family by CIDR").isTrue();
    assertThat(label("WS01.CORP", List.of(), List.of("*.example.net"), List.of()).matches(f)).as("host name, domain suffix").isTrue();
    assertThat(label("10.0.0.5", List.of(), List.of("example.net"), List.of()).matches(f)).as("exact domain only").isFalse();
    assertThat(label("10.0.0.5", List.of("203.0.113.7"), List.of(), List.of(80)).matches(f)).as("port").isFalse();
    assertThat(label("10.0.0.6", List.of("203.0.113.7"), List.of(), List.of()).matches(f)).as("source").isFalse();
    assertThat(label("*", List.of("203.0.113.7"), List.of(), List.of(443, 8443)).matches(f)).as("any source").isTrue();
  }

  private static List<Label> concat(List<Label> a, List<Label> b) {
    List<Label> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
