package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cronhound.cli.Main;
import dev.cronhound.cli.TestClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * {@code simulate network --scenario}: each scenario is deterministic, writes real Zeek logs that
 * cronhound's own readers take without a malformed line, sets (or leaves unset) local_orig and
 * local_resp exactly as its sensor would, and its truth.json matches what is in the logs.
 */
class NetworkScenarioTest {
  @TempDir static Path tmp;
  private static final Map<ScenarioName, Path> GENERATED = new EnumMap<>(ScenarioName.class);

  static synchronized Path generated(ScenarioName s) {
    return GENERATED.computeIfAbsent(s, k -> Simulations.run(tmp.resolve(k.id() + "-5"),
        "--scenario", k.id(), "--seed", "5"));
  }

  static ZeekTsv log(Path dir, String kind) throws Exception {
    return ZeekTsv.read(zeek(dir).resolve(kind + ".log"));
  }

  /** Where a scenario's Zeek logs are: its directory, or {@code zeek/} beside the host logs. */
  static Path zeek(Path dir) {
    return Files.isDirectory(dir.resolve("zeek")) ? dir.resolve("zeek") : dir;
  }

  /** The logs the scenario's sensor keeps, from its truth. */
  static List<String> logs(JsonNode truth) {
    List<String> out = new ArrayList<>();
    truth.get("sensor").get("logs").forEach(n -> out.add(n.asText()));
    return out;
  }

  @ParameterizedTest
  @EnumSource(ScenarioName.class)
  void sameSeedGivesIdenticalBytesAndAnotherSeedOtherTraffic(ScenarioName s) throws Exception {
    Path a = generated(s);
    Path b = Simulations.run(tmp.resolve(s.id() + "-5again"), "--scenario", s.id(), "--seed", "5");
    assertThat(Sha256.tree(b)).isEqualTo(Sha256.tree(a));
    Path c = Simulations.run(tmp.resolve(s.id() + "-6"), "--scenario", s.id(), "--seed", "6");
    String main = s == ScenarioName.HTTP_ONLY_SENSOR ? "http.log" : "conn.log";
    assertThat(Sha256.of(zeek(c).resolve(main))).isNotEqualTo(Sha256.of(zeek(a).resolve(main)));
    assertThat(Sha256.of(c.resolve("truth.json"))).isNotEqualTo(Sha256.of(a.resolve("truth.json")));
  }

  @ParameterizedTest
  @EnumSource(ScenarioName.class)
  void writesExactlyTheSensorsLogsWithRealZeekHeaders(ScenarioName s) throws Exception {
    Path dir = generated(s);
    JsonNode truth = Simulations.truth(dir);
    assertThat(truth.get("scenario").asText()).isEqualTo(s.id());
    assertThat(truth.get("days").asInt()).isEqualTo(s.defaultDays());
    List<String> kept = logs(truth);
    Set<String> files = new TreeSet<>();
    try (var list = Files.list(zeek(dir))) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    Set<String> expected = new TreeSet<>();
    kept.forEach(k -> expected.add(k + ".log"));
    if (s == ScenarioName.CLOCK_SKEW) {
      assertThat(Sha256.tree(dir).keySet()).containsExactly("ndjson/ACCT01-security.ndjson",
          "ndjson/ACCT01-sysmon.ndjson", "truth.json", "xml/ACCT01-security.xml", "xml/ACCT01-sysmon.xml",
          "zeek/conn.log", "zeek/dns.log", "zeek/http.log", "zeek/ssl.log");
    } else {
      expected.add("truth.json");
    }
    assertThat(files).isEqualTo(expected);
    if (s == ScenarioName.HTTP_ONLY_SENSOR) {
      assertThat(kept).containsExactly("http");
    } else {
      assertThat(kept).containsExactly("conn", "dns", "ssl", "http");
    }
    for (String k : kept) {
      ZeekTsv log = log(dir, k);
      assertThat(log.headers.get("path")).isEqualTo(k);
      assertThat(log.fields).containsExactly(LogKind.valueOf(k.toUpperCase()).fields());
      assertThat(log.rows).as(k).isNotEmpty().allSatisfy(r -> assertThat(r).hasSize(log.fields.size()));
      long previous = Long.MIN_VALUE;
      for (String[] r : log.rows) {
        assertThat(log.ts(r)).isGreaterThanOrEqualTo(previous);
        previous = log.ts(r);
      }
    }
    if (kept.contains("conn")) {
      assertThat(log(dir, "conn").fields).contains("local_orig", "local_resp", "conn_state", "history");
    }
  }

  @ParameterizedTest
  @EnumSource(ScenarioName.class)
  void cronhoundReadsEveryLineBack(ScenarioName s) throws Exception {
    Path dir = generated(s);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(TestClock.get());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("hunt", dir.toString(), "--min-score", "0")).as(err.toString()).isZero();
    assertThat(err.toString()).contains("malformed: 0");
    for (String k : logs(Simulations.truth(dir))) {
      int rows = log(dir, k).rows.size();
      assertThat(err.toString()).as(k).containsPattern(Pattern.compile("zeek-tsv/" + k + "\\s+" + rows + "\\b"));
    }
  }

  @ParameterizedTest
  @EnumSource(ScenarioName.class)
  void localFlagsAreTheSensorsVerdictOrUnset(ScenarioName s) throws Exception {
    Path dir = generated(s);
    JsonNode truth = Simulations.truth(dir);
    if (!logs(truth).contains("conn")) {
      return;
    }
    List<String> nets = new ArrayList<>();
    truth.get("sensor").get("local_nets").forEach(n -> nets.add(n.asText()));
    boolean set = truth.get("sensor").get("local_flags").asText().equals("set");
    ZeekTsv conn = log(dir, "conn");
    int lo = conn.col("local_orig");
    int lr = conn.col("local_resp");
    for (String[] r : conn.rows) {
      if (set) {
        assertThat(r[lo]).isEqualTo(inAny(nets, conn.get(r, "id.orig_h")) ? "T" : "F");
        assertThat(r[lr]).isEqualTo(inAny(nets, conn.get(r, "id.resp_h")) ? "T" : "F");
      } else {
        assertThat(r[lo]).isEqualTo("-");
        assertThat(r[lr]).isEqualTo("-");
      }
    }
    assertThat(set).isEqualTo(s != ScenarioName.INTERNET_FACING_SERVER_NOLOCAL && s != ScenarioName.TWO_HOST_OFFICE);
  }

  static boolean inAny(List<String> nets, String ip) {
    for (String n : nets) {
      int slash = n.indexOf('/');
      int bits = Integer.parseInt(n.substring(slash + 1));
      int mask = bits == 0 ? 0 : -1 << (32 - bits);
      if ((ScenarioWorld.ipv4(ip) & mask) == (ScenarioWorld.ipv4(n.substring(0, slash)) & mask)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every planted channel's beats, first and last seen are exactly what the logs hold: completed
   * connections (or, with only http.log, requests) from the source to the address and port; a
   * rotating family member by member, with its failed attempts.
   */
  @ParameterizedTest
  @EnumSource(ScenarioName.class)
  void plantedTruthMatchesTheLogs(ScenarioName s) throws Exception {
    Path dir = generated(s);
    JsonNode truth = Simulations.truth(dir);
    boolean connLog = logs(truth).contains("conn");
    ZeekTsv log = log(dir, connLog ? "conn" : "http");
    assertThat(truth.get("planted")).isNotEmpty();
    assertThat(truth.get("benign")).isNotEmpty();
    for (JsonNode p : truth.get("planted")) {
      String src = p.get("source_ip").asText();
      if (p.has("family")) {
        long sum = 0;
        for (JsonNode m : p.get("family")) {
          List<Long> ok = times(log, src, m.get("ip").asText(), m.get("port").asInt(), "SF");
          List<Long> failed = times(log, src, m.get("ip").asText(), m.get("port").asInt(), "S0");
          assertThat(ok).hasSize(m.get("beats").asInt());
          assertThat(failed).hasSize(m.get("failed_attempts").asInt());
          assertThat(iso(ok.get(0))).isEqualTo(m.get("first_seen").asText());
          assertThat(iso(ok.get(ok.size() - 1))).isEqualTo(m.get("last_seen").asText());
          sum += ok.size();
        }
        assertThat(sum).isEqualTo(p.get("beats").asLong());
        continue;
      }
      List<Long> ts = times(log, src, p.get("destination_ip").asText(), p.get("port").asInt(), connLog ? "SF" : null);
      assertThat(ts).as(p.get("name").asText()).hasSize(p.get("beats").asInt()).hasSize(p.get("connections").asInt());
      assertThat(iso(ts.get(0))).isEqualTo(p.get("first_seen").asText());
      assertThat(iso(ts.get(ts.size() - 1))).isEqualTo(p.get("last_seen").asText());
      double period = p.get("period_seconds").asDouble();
      for (int i = 1; i < ts.size(); i++) {
        double gap = (ts.get(i) - ts.get(i - 1)) / 1e6;
        assertThat(gap).as(p.get("name").asText() + " gap " + i).isBetween(0.7 * period, 1.3 * period);
      }
    }
  }

  private static List<Long> times(ZeekTsv log, String src, String dst, int port, String state) {
    List<Long> out = new ArrayList<>();
    boolean conn = log.fields.contains("conn_state");
    for (String[] r : log.rows) {
      if (log.get(r, "id.orig_h").equals(src) && log.get(r, "id.resp_h").equals(dst)
          && log.get(r, "id.resp_p").equals(String.valueOf(port))
          && (!conn || state == null || log.get(r, "conn_state").equals(state))) {
        out.add(log.ts(r));
      }
    }
    return out;
  }

  private static String iso(long micros) {
    return TimeWindow.instant(micros).toString();
  }

  @Test
  void theNolocalServerIsTheSameTrafficWithTheFlagsUnset() throws Exception {
    Path set = generated(ScenarioName.INTERNET_FACING_SERVER);
    Path unset = generated(ScenarioName.INTERNET_FACING_SERVER_NOLOCAL);
    for (String k : List.of("dns", "ssl", "http")) {
      assertThat(Sha256.of(unset.resolve(k + ".log"))).as(k).isEqualTo(Sha256.of(set.resolve(k + ".log")));
    }
    ZeekTsv a = log(set, "conn");
    ZeekTsv b = log(unset, "conn");
    assertThat(b.rows).hasSameSizeAs(a.rows);
    int lo = a.col("local_orig");
    int lr = a.col("local_resp");
    for (int i = 0; i < a.rows.size(); i++) {
      String[] expected = a.rows.get(i).clone();
      expected[lo] = "-";
      expected[lr] = "-";
      assertThat(b.rows.get(i)).isEqualTo(expected);
    }
    JsonNode ta = Simulations.truth(set);
    JsonNode tb = Simulations.truth(unset);
    assertThat(tb.get("planted")).isEqualTo(ta.get("planted"));
    assertThat(tb.get("sensor").get("local_flags").asText()).isEqualTo("unset");
  }

  @Test
  void theServerIsScannedByThousandsAndPolledByOneController() throws Exception {
    Path dir = generated(ScenarioName.INTERNET_FACING_SERVER);
    JsonNode truth = Simulations.truth(dir);
    ZeekTsv conn = log(dir, "conn");
    Set<String> failing = new HashSet<>();
    Map<String, Integer> states = new java.util.TreeMap<>();
    for (String[] r : conn.rows) {
      String state = conn.get(r, "conn_state");
      states.merge(state, 1, Integer::sum);
      if (!state.equals("SF") && conn.get(r, "id.resp_h").equals(InternetFacingServer.SERVER)) {
        failing.add(conn.get(r, "id.orig_h"));
      }
    }
    assertThat(failing.size()).isGreaterThan(2500);
    assertThat(states).containsKeys("S0", "REJ", "RSTO", "SF");
    assertThat(truth.get("background").get("scanner_sources").asInt()).isEqualTo(InternetFacingServer.SCANNERS);
    JsonNode p = Simulations.planted(truth, "polled-controller");
    assertThat(p.get("direction").asText()).isEqualTo("inbound");
    assertThat(p.get("destination_ip").asText()).isEqualTo(InternetFacingServer.SERVER);
    assertThat(p.get("beats").asInt()).isBetween(3 * 86_400 / 350, 3 * 86_400 / 200);
    ZeekTsv http = log(dir, "http");
    long answers = http.rows.stream().filter(r -> http.get(r, "id.orig_h").equals(p.get("source_ip").asText()))
        .peek(r -> assertThat(http.get(r, "response_body_len")).isEqualTo("43")).count();
    assertThat(answers).isEqualTo(p.get("beats").asLong());
  }

  @Test
  void theCampusIsOnPublicAddressesAndTheLabsC2InPrivateSpace() throws Exception {
    JsonNode campus = Simulations.truth(generated(ScenarioName.PUBLIC_CAMPUS));
    JsonNode beacon = Simulations.planted(campus, "campus-beacon");
    assertThat(beacon.get("source_ip").asText()).startsWith("146.164.20.");
    assertThat(beacon.get("direction").asText()).isEqualTo("outbound");
    JsonNode lab = Simulations.truth(generated(ScenarioName.LAB_INTERNAL_C2));
    for (String name : List.of("internal-c2", "internal-staging")) {
      JsonNode p = Simulations.planted(lab, name);
      assertThat(p.get("direction").asText()).isEqualTo("east-west");
      assertThat(p.get("source_ip").asText()).startsWith("10.50.");
      assertThat(p.get("destination_ip").asText()).startsWith("10.50.");
    }
    assertThat(Simulations.planted(lab, "internal-c2").get("port").asInt()).isEqualTo(58443);
    ZeekTsv conn = log(generated(ScenarioName.LAB_INTERNAL_C2), "conn");
    Set<String> multicast = new TreeSet<>();
    for (String[] r : conn.rows) {
      String d = conn.get(r, "id.resp_h");
      if (d.startsWith("224.") || d.startsWith("239.") || d.endsWith(".255.255")) {
        multicast.add(d + ":" + conn.get(r, "id.resp_p"));
      }
    }
    assertThat(multicast).containsExactly("10.50.255.255:137", "224.0.0.251:5353", "239.255.255.250:1900");
  }

  @Test
  void bothOfficeHostsFollowOneRotatingFamilyOn447And449() throws Exception {
    Path dir = generated(ScenarioName.TWO_HOST_OFFICE);
    JsonNode truth = Simulations.truth(dir);
    List<Set<String>> families = new ArrayList<>();
    for (JsonNode p : truth.get("planted")) {
      assertThat(p.get("destination").asText()).isEqualTo("family");
      Set<String> family = new TreeSet<>();
      int failed = 0;
      for (JsonNode m : p.get("family")) {
        family.add(m.get("ip").asText() + ":" + m.get("port").asInt());
        assertThat(m.get("port").asInt()).isIn(447, 449);
        failed += m.get("failed_attempts").asInt();
      }
      families.add(family);
      // one attempt every 202 +/- 2 s, a few of them failing at each move
      assertThat(p.get("beats").asInt() + failed).isBetween(7 * 86_400 / 204, 7 * 86_400 / 200);
      assertThat(failed).isBetween(truth.get("background").get("rotations").asInt(),
          3 * truth.get("background").get("rotations").asInt());
    }
    assertThat(families).hasSize(2);
    assertThat(families.get(0)).hasSize(TwoHostOffice.FAMILY).isEqualTo(families.get(1));
    assertThat(truth.get("background").get("rotations").asInt()).isBetween(7 * 24 / 6, 7 * 24 / 3);
    ZeekTsv conn = log(dir, "conn");
    for (String host : TwoHostOffice.HOSTS) {
      long previous = -1;
      for (String[] r : conn.rows) {
        String port = conn.get(r, "id.resp_p");
        if (conn.get(r, "id.orig_h").equals(host) && (port.equals("447") || port.equals("449"))) {
          if (previous >= 0) {
            assertThat((conn.ts(r) - previous) / 1e6).isBetween(200.0, 204.0);
          }
          previous = conn.ts(r);
        }
      }
    }
  }

  @Test
  void theHttpOnlySensorKeepsSeveralRequestsPerConnection() throws Exception {
    Path dir = generated(ScenarioName.HTTP_ONLY_SENSOR);
    ZeekTsv http = log(dir, "http");
    assertThat(http.rows).anySatisfy(r -> assertThat(Integer.parseInt(http.get(r, "trans_depth"))).isGreaterThan(1));
    JsonNode p = Simulations.planted(Simulations.truth(dir), "http-beacon");
    Set<String> uids = new HashSet<>();
    for (String[] r : http.rows) {
      if (http.get(r, "id.orig_h").equals(p.get("source_ip").asText()) && http.get(r, "host").equals(p.get("destination").asText())) {
        uids.add(http.get(r, "uid"));
      }
    }
    assertThat(uids).hasSize(p.get("beats").asInt());
  }

  @Test
  void vendorChannelsAreTheRealVendorsAndLabelledBenign() throws Exception {
    Path dir = generated(ScenarioName.VENDOR_AUTOMATION);
    JsonNode truth = Simulations.truth(dir);
    assertThat(Simulations.benign(truth, "av-push").get("vendor").asText()).isEqualTo("ESET");
    assertThat(Simulations.benign(truth, "os-telemetry").get("vendor").asText()).isEqualTo("Microsoft");
    assertThat(Simulations.benign(truth, "apple-time").get("vendor").asText()).isEqualTo("Apple");
    ZeekTsv ssl = log(dir, "ssl");
    Set<String> sni = new TreeSet<>();
    for (String[] r : ssl.rows) {
      sni.add(ssl.get(r, "server_name") + ":" + ssl.get(r, "id.resp_p"));
    }
    assertThat(sni).contains("epns.eset.com:8883", "v10.events.data.microsoft.com:443",
        "settings-win.data.microsoft.com:443", "update.googleapis.com:443", "sync.quillpoint.example:443");
    ZeekTsv dns = log(dir, "dns");
    assertThat(dns.rows).anySatisfy(r -> assertThat(dns.get(r, "query")).isEqualTo("time.apple.com"));
  }

  @Test
  void theScannerTouchesThousandsOfAddressesAFewTimesEach() throws Exception {
    ZeekTsv conn = log(generated(ScenarioName.SCAN), "conn");
    Map<String, Integer> touches = new java.util.HashMap<>();
    for (String[] r : conn.rows) {
      if (conn.get(r, "id.orig_h").equals(ScanningHost.SCANNER)) {
        touches.merge(conn.get(r, "id.resp_h"), 1, Integer::sum);
      }
    }
    long scanned = touches.values().stream().filter(n -> n == ScanningHost.TOUCHES).count();
    assertThat(scanned).isEqualTo(ScanningHost.TARGETS);
  }

  /**
   * Every Sysmon 3 of the host carries the host clock, exactly 176 s after the sensor saw the
   * flow with the same source port; Sysmon names the host in upper case, Security in lower.
   */
  @Test
  void theHostClockRuns176SecondsAheadOfTheSensor() throws Exception {
    Path dir = generated(ScenarioName.CLOCK_SKEW);
    ZeekTsv conn = log(dir, "conn");
    // ephemeral ports come round again over two days: a 5-tuple names a flow only near its time
    Map<String, List<Long>> flowAt = new java.util.HashMap<>();
    int flows = 0;
    for (String[] r : conn.rows) {
      if (conn.get(r, "id.orig_h").equals(ClockSkew.HOST) && conn.get(r, "proto").equals("tcp")) {
        flowAt.computeIfAbsent(conn.get(r, "id.orig_p") + ">" + conn.get(r, "id.resp_h"), k -> new ArrayList<>())
            .add(conn.ts(r));
        flows++;
      }
    }
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    int joined = 0;
    Set<String> computers = new TreeSet<>();
    for (String file : List.of("ACCT01-sysmon.ndjson", "ACCT01-security.ndjson")) {
      for (String line : Files.readAllLines(dir.resolve("ndjson").resolve(file))) {
        JsonNode e = m.readTree(line);
        computers.add(file.substring(7, file.indexOf('.')) + "=" + e.get("winlog").get("computer_name").asText());
        if (!e.get("winlog").get("event_id").asText().equals("3")) {
          continue;
        }
        JsonNode d = e.get("winlog").get("event_data");
        List<Long> at = flowAt.get(d.get("SourcePort").asText() + ">" + d.get("DestinationIp").asText());
        assertThat(at).as(line).isNotNull();
        long host = java.time.LocalDateTime.parse(d.get("UtcTime").asText().replace(' ', 'T'))
            .toInstant(java.time.ZoneOffset.UTC).toEpochMilli() * 1000;
        long offset = ClockSkew.OFFSET_SECONDS * 1_000_000;
        assertThat(at).as(line).filteredOn(t -> host - t >= offset - 1_000 && host - t <= offset).hasSize(1);
        joined++;
      }
    }
    assertThat(joined).isEqualTo(flows);
    assertThat(computers).containsExactly("security=acct01.pandalab.com", "sysmon=ACCT01.pandalab.com");
    JsonNode truth = Simulations.truth(dir);
    assertThat(truth.get("facts").get("host_clock_offset_seconds").asText()).isEqualTo("176");
  }

  @Test
  void unknownScenariosAndOptionsThatDoNotApplyAreUsageErrors() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("network", "--out", tmp.resolve("x").toString(), "--scenario", "mars")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown scenario 'mars'", "internet-facing-server", "vendor-automation");
    assertThat(cli.execute("network", "--out", tmp.resolve("x").toString(), "--scenario", "scan", "--hosts", "4"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--hosts does not apply to --scenario");
  }

  @Test
  void daysOverrideTheScenarioLength() throws Exception {
    Path dir = Simulations.run(tmp.resolve("days"), "--scenario", "http-only-sensor", "--days", "1");
    assertThat(Simulations.truth(dir).get("days").asInt()).isEqualTo(1);
  }
}
