package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hunt} with the shipped known-services list, without it, and with a site list: two hosts
 * poll on the same rhythm, one Windows' settings service, one an unknown host.
 */
class KnownServicesHuntTest {

  @TempDir static Path dir;
  static Path logs;

  record Run(int exit, String out, String err) {}

  static final String HEADER = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n";

  @BeforeAll
  static void write() throws Exception {
    logs = Files.createDirectories(dir.resolve("logs"));
    StringBuilder conn = new StringBuilder(HEADER + "#path\tconn\n"
        + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\n"
        + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\n");
    StringBuilder ssl = new StringBuilder(HEADER + "#path\tssl\n"
        + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tversion\tcipher\tcurve\tserver_name\n"
        + "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring\n");
    SplittableRandom r = new SplittableRandom(13);
    String[][] channels = {
      {"10.0.0.7", "20.42.65.90", "settings-win.data.microsoft.com"},
      {"10.0.0.8", "203.0.113.10", "cdn.bad.example"}};
    int n = 0;
    for (String[] c : channels) {
      double ts = 1_767_571_200.0;
      while (ts < 1_767_571_200.0 + 86_400) {
        String uid = "CK" + n++;
        String at = String.format(Locale.ROOT, "%.6f", ts);
        conn.append(String.join("\t", at, uid, c[0], "40000", c[1], "443", "tcp", "ssl", "1.000000", "1200", "600", "SF"))
            .append('\n');
        ssl.append(String.join("\t", at, uid, c[0], "40000", c[1], "443", "TLSv13", "TLS_AES_128_GCM_SHA256", "x25519", c[2]))
            .append('\n');
        ts += 300 * (1 - 0.1 * r.nextDouble());
      }
    }
    Files.writeString(logs.resolve("conn.log"), conn, StandardCharsets.UTF_8);
    Files.writeString(logs.resolve("ssl.log"), ssl, StandardCharsets.UTF_8);
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

  /** Findings by destination domain. */
  static Map<String, JsonNode> findings(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("hunt", logs.toString(), "-o", "-", "--min-score", "0"));
    args.addAll(List.of(extra));
    Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    Map<String, JsonNode> out = new LinkedHashMap<>();
    ObjectMapper m = new ObjectMapper();
    for (String line : r.out().lines().toList()) {
      JsonNode f = m.readTree(line);
      out.put(f.get("destination").get("domain").asText(), f);
    }
    return out;
  }

  @Test
  void theShippedListLowersWindowsTelemetryAndNamesTheVendor() throws Exception {
    Map<String, JsonNode> on = findings();
    Map<String, JsonNode> off = findings("--no-known-services");
    assertThat(on.keySet()).containsExactly("cdn.bad.example", "settings-win.data.microsoft.com");
    assertThat(off.keySet()).containsExactlyInAnyOrder("cdn.bad.example", "settings-win.data.microsoft.com");

    JsonNode ms = on.get("settings-win.data.microsoft.com");
    JsonNode known = ms.get("score_parts").get("known_service");
    assertThat(known.get("value").asDouble()).isEqualTo(0.3);
    assertThat(known.get("role").asText()).isEqualTo("multiplier");
    assertThat(known.get("note").asText()).matches(
        "Microsoft Windows settings \\(os_telemetry\\): entry settings-win.data.microsoft.com, known-services.txt:\\d+");
    JsonNode msOff = off.get("settings-win.data.microsoft.com");
    assertThat(msOff.get("score_parts").has("known_service")).isFalse();
    assertThat(ms.get("score").asDouble()).isCloseTo(msOff.get("score").asDouble() * 0.3,
        org.assertj.core.api.Assertions.within(0.0015));
    assertThat(ms.get("rhythm_score")).isEqualTo(msOff.get("rhythm_score"));
    assertThat(ms.get("silence_with").get(0)).isEqualTo(msOff.get("silence_with").get(0));

    assertThat(on.get("cdn.bad.example").get("score_parts").has("known_service")).isFalse();
    assertThat(on.get("cdn.bad.example").get("score")).isEqualTo(off.get("cdn.bad.example").get("score"));
  }

  @Test
  void theDiscountIsATunable() throws Exception {
    JsonNode ms = findings("--tune", "KnownServiceDiscount=0.5").get("settings-win.data.microsoft.com");
    assertThat(ms.get("score_parts").get("known_service").get("value").asDouble()).isEqualTo(0.5);
    assertThat(TunablesCommand.markdown()).contains("| `KnownServiceDiscount` | `0.7` |");
  }

  @Test
  void aSiteListAddsEntriesAndWithNoKnownServicesReplacesTheShippedOne() throws Exception {
    Path site = dir.resolve("site-known.txt");
    Files.writeString(site, String.join("\n",
        "# our own automation",
        "bad.example | 443 | os_telemetry | Contoso | inventory agent | https://intranet.example/inventory",
        ""), StandardCharsets.UTF_8);
    Map<String, JsonNode> both = findings("--known-services", site.toString());
    assertThat(both.get("cdn.bad.example").get("score_parts").get("known_service").get("note").asText())
        .isEqualTo("Contoso inventory agent (os_telemetry): entry bad.example port 443, " + site + ":2");
    assertThat(both.get("settings-win.data.microsoft.com").get("score_parts").has("known_service")).isTrue();

    Map<String, JsonNode> only = findings("--no-known-services", "--known-services", site.toString());
    assertThat(only.get("cdn.bad.example").get("score_parts").has("known_service")).isTrue();
    assertThat(only.get("settings-win.data.microsoft.com").get("score_parts").has("known_service")).isFalse();
  }

  @Test
  void aBadSiteListIsAUsageErrorNamingFileAndLine() throws Exception {
    Path bad = dir.resolve("bad-known.txt");
    Files.writeString(bad, "# header\nbad.example | 443 | os_telemetry | Contoso\n", StandardCharsets.UTF_8);
    Run r = run("hunt", logs.toString(), "--known-services", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("cronhound hunt: " + bad
        + ":2: expected 6 fields 'pattern | ports | category | vendor | service | source', found 4\n");
    Run missing = run("hunt", logs.toString(), "--known-services", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("cannot read known-services file " + dir.resolve("nope.txt"));
  }
}
