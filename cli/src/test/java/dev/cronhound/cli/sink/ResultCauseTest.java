package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.engine.HuntSettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultCauseTest {

  static final HuntSettings DEFAULTS = RunCounts.settings(0.6, Map.of());

  static Optional<String> cause(RunCounts c) {
    return ResultCause.of(c.result(), DEFAULTS);
  }

  @Test
  void anInternetFacingSensorNamesTheFlagThatAddsItsNetworks() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 105_918);
    c.flows = 147;
    c.skippedExternalSource = 105_771;
    assertThat(cause(c)).contains("105,771 of 105,918 flows (99.8%) come from outside the internal networks and were"
        + " left out: the sensor may be on an internet-facing server, or the networks use public addresses;"
        + " add its networks with --internal CIDR");
  }

  @Test
  void internalDestinationsAndTimeBoundsAreNamedTheSameWay() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 134);
    c.skippedInternal = 134;
    assertThat(cause(c)).contains("134 of 134 flows (100.0%) go to internal destinations and were left out:"
        + " C2 or staging inside the networks is not analysed; --tune IncludeInternalDestinations=true analyses it");
    RunCounts t = new RunCounts().records("zeek-tsv/conn", 1000);
    t.flows = 999;
    t.skippedOutsideTime = 1;
    t.skippedInternal = 0;
    t.findings = java.util.List.of(TableFindings.all().get(1));
    assertThat(cause(t)).as("a tenth or less left out, findings: nothing to say").isEmpty();
    t.skippedOutsideTime = 500;
    assertThat(cause(t)).contains("500 of 1,499 flows (33.3%) fall outside --since/--until and were left out:"
        + " widen or drop --since/--until");
  }

  @Test
  void theFilterThatLeftOutTheLargestShareIsTheOneNamed() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 1000);
    c.flows = 500;
    c.skippedInternal = 200;
    c.skippedExternalSource = 300;
    assertThat(cause(c).orElseThrow()).startsWith("300 of 1,000 flows (30.0%) come from outside");
  }

  @Test
  void duplicatesAreOneMoreRuleOverRecords() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 5355);
    c.flows = 1785;
    c.duplicatesDropped = 3570;
    c.findings = java.util.List.of(TableFindings.all().get(1));
    assertThat(cause(c)).contains("3,570 of 5,355 records (66.6%) were read a second time (same Zeek uid, log and time)"
        + " and counted once: the inputs may hold the same logs twice (a combined log beside per-sensor logs);"
        + " name one copy");
  }

  @Test
  void nothingToReportSaysHowCloseTheBestCameAndTheFlagThatShowsIt() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 5000);
    c.flows = 5000;
    c.channels = 40;
    c.scored = 12;
    c.bestBelow = TableFindings.beacon("10.0.0.5", "1.2.3.4", null, 443, "outbound", 0.4187, 30, "every 5m", 1, 10);
    assertThat(cause(c)).contains(
        "no finding at or above 0.60; the best scored 0.41 (10.0.0.5 -> 1.2.3.4:443): --min-score 0.41 shows it");
  }

  @Test
  void aSmallShareLeftOutGivesWayToTheBestBelowWhenNothingWasFound() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 5000);
    c.flows = 4000;
    c.skippedInternal = 1000;
    c.channels = 40;
    c.scored = 12;
    c.bestBelow = TableFindings.beacon("10.0.0.5", "1.2.3.4", null, 443, "outbound", 0.5, 30, "every 5m", 1, 10);
    assertThat(cause(c).orElseThrow()).startsWith("no finding at or above 0.60; the best scored 0.50");
    c.bestBelow = null;
    c.scored = 0;
    c.silenced = 0;
    c.channels = 0;
    assertThat(cause(c).orElseThrow()).as("only the last resort left: the filter says more")
        .startsWith("1,000 of 5,000 flows (20.0%) go to internal destinations");
  }

  @Test
  void channelsTooShortToScoreNameMinEpisodes() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 9000);
    c.flows = 9000;
    c.channels = 1204;
    assertThat(cause(c)).contains("all 1,204 channels had fewer than MinEpisodes=4 beats: a longer capture,"
        + " or --tune MinEpisodes=N (at least 3), scores them");
    assertThat(ResultCause.of(c.result(), RunCounts.settings(0.6, Map.of("MinEpisodes", "12"))).orElseThrow())
        .contains("MinEpisodes=12");
    c.belowByPrevalence = 1000;
    assertThat(cause(c)).contains("204 of 1,204 channels had fewer than MinEpisodes=4 beats (--tune MinEpisodes=N"
        + " lowers it), the other 1,000: so many hosts talk to their destinations that prevalence alone keeps them"
        + " under 0.60 (--tune PrevalenceWeight=0 scores them)");
  }

  @Test
  void inputsWithoutFlowsSayWhatTheyHeld() {
    RunCounts c = new RunCounts().records("zeek-tsv/dns", 1204).records("zeek-json/weird", 1);
    assertThat(cause(c)).contains("no flows read: the inputs held only zeek-json/weird 1 record, zeek-tsv/dns"
        + " 1,204 records; channels are built from Zeek conn, http or ssl logs, or endpoint connection events:"
        + " add those logs");
    assertThat(cause(new RunCounts())).contains(
        "nothing read: no input could be read as a log cronhound reads ('cronhound formats' lists them)");
  }

  @Test
  void everythingSilencedSaysByWhat() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 100);
    c.flows = 100;
    c.channels = 3;
    c.scored = 2;
    c.silenced = 2;
    assertThat(cause(c)).contains(
        "all 2 scored channels are silenced by DestIPAllowlist (--allow-dest, --allowlist): remove entries to see them");
  }

  @Test
  void aBestBelowFromTheLogsIsEscaped() {
    RunCounts c = new RunCounts().records("zeek-tsv/conn", 100);
    c.flows = 100;
    c.channels = 1;
    c.scored = 1;
    c.bestBelow = TableFindings.beacon("10.0.0.5", "1.2.3.4", "x\u001b[2J.example", 443, "outbound", 0.3, 30, "", 1, 1);
    assertThat(cause(c).orElseThrow()).doesNotContain("\u001b").contains("x\\x1b[2J.example:443");
  }
}
