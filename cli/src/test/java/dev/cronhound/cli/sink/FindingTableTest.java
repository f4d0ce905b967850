package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.Goldens;
import dev.cronhound.core.finding.Finding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTableTest {

  static List<String> table(List<Finding> findings, int width) {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    FindingTable.print(findings, width, out);
    out.flush();
    return s.toString().lines().toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 120})
  void fitsTheTerminalLikeTheGolden(int width) throws Exception {
    Goldens.assertMatches(Goldens.RESOURCES.resolve("table/findings-" + width + ".golden.txt"),
        table(TableFindings.all(), width));
  }

  @Test
  void networkOnlyFindingsHaveNoInitiatorColumn() throws Exception {
    List<Finding> network = TableFindings.all().stream().filter(f -> f.initiator() == null).toList();
    Goldens.assertMatches(Goldens.RESOURCES.resolve("table/network-120.golden.txt"), table(network, 120));
  }

  @Test
  void aWideTerminalShowsEveryColumnOneLineAFinding() {
    List<String> lines = table(TableFindings.all(), 250);
    assertThat(lines).hasSize(1 + TableFindings.all().size());
    assertThat(lines.get(0).split(" +")).containsExactly("#", "SCORE", "SEV", "DIR", "ANALYTIC", "HOST", "INITIATOR",
        "DESTINATION", "WHY", "BYTES", "OUT");
    assertThat(lines.get(1)).contains("\\Microsoft\\Windows\\Maintenance\\CacheSync", "every 1h, 148 beats",
        "237.2 MiB");
    assertThat(lines.get(3)).contains("[2001:db8:ffff:abcd:ef01:2345:6789:abcd]:8443", "every 10m, 1,204 beats, prev 0.85");
    assertThat(lines.get(6)).contains(" in ", "?");
    assertThat(lines.get(7)).contains(" e-w ");
  }

  /** At any width, hosts and destinations appear whole and only a whole one runs past the edge. */
  @ParameterizedTest
  @ValueSource(ints = {60, 64, 72, 80, 100, 120, 160})
  void neverCutsAnAddressOrADomain(int width) {
    List<String> lines = table(TableFindings.all(), width);
    for (Finding f : TableFindings.all()) {
      assertThat(lines).anyMatch(l -> l.contains(f.host()));
      String dest = FindingTable.destination(f.destination());
      assertThat(lines).as("%s at %d", dest, width).anyMatch(l -> l.contains(dest));
    }
    for (String l : lines) {
      if (l.length() > width) {
        assertThat(l.strip()).as("a line past %d columns holds one whole name", width).doesNotContain(" ");
      }
    }
  }

  @Test
  void narrowTerminalsDropColumnsInOrderAndKeepTheInitiatorUnderTheRow() {
    assertThat(table(TableFindings.all(), 120).get(0).split(" +"))
        .containsExactly("#", "SCORE", "SEV", "DIR", "ANALYTIC", "HOST", "DESTINATION", "WHY", "BYTES", "OUT");
    assertThat(table(TableFindings.all(), 80).get(0).split(" +"))
        .containsExactly("#", "SCORE", "DIR", "HOST", "DESTINATION", "WHY");
    assertThat(table(TableFindings.all(), 80)).contains("    initiator: \\Microsoft\\Windows\\Maintenance\\CacheSync",
        "    initiator: svcupd.exe");
  }

  @Test
  void logSuppliedTextCannotReachTheTerminalRaw() {
    String evil = "evil\u001b[2J\u001b]0;pwned\u0007\r\u202e.example";
    Finding f = TableFindings.beacon("10.0.0.1\u001b[31m", "192.0.2.1", evil, 443, "outbound", 0.9, 10,
        "every 5m (jitter 1%)", 1, 1);
    String out = String.join("\n", table(List.of(f), 120));
    assertThat(out).doesNotContain("\u001b", "\u0007", "\r", "\u202e")
        .contains("evil\\x1b[2J\\x1b]0;pwned\\x07\\x0d\\u202e.example:443", "10.0.0.1\\x1b[31m");
  }

  @Test
  void noFindingsPrintsNothing() {
    assertThat(table(List.of(), 80)).isEmpty();
  }
}
