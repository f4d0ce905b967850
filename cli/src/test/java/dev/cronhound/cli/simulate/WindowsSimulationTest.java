package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.Goldens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate windows} on a small estate (4 hosts, 3 days): determinism, that both Windows
 * forms and the Zeek logs read back cleanly and agree, and the shape of the planted cases.
 */
class WindowsSimulationTest {
  private static final String[] SMALL = {"--days", "3", "--hosts", "4", "--seed", "3"};
  private static final List<String> HOSTS = List.of("WS01", "WS02", "WS03", "WS04");
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "simulate", "windows", "WS02.first-60.golden.jsonl");

  @TempDir static Path tmp;
  static Path dir;
  static JsonNode truth;
  static Map<String, WindowsEstateRun.Read> xml = new HashMap<>();
  static Map<String, WindowsEstateRun.Read> ndjson = new HashMap<>();
  static WindowsEstateRun.Read conn;
  static WindowsEstateRun.Read dns;

  @BeforeAll
  static void generate() throws IOException {
    dir = WindowsEstateRun.run(tmp.resolve("a"), SMALL);
    truth = WindowsEstateRun.truth(dir);
    for (String h : HOSTS) {
      xml.put(h, WindowsEstateRun.read(dir.resolve("xml").resolve(h + ".xml")));
      ndjson.put(h, WindowsEstateRun.read(dir.resolve("ndjson").resolve(h + ".ndjson")));
    }
    conn = WindowsEstateRun.read(dir.resolve("zeek").resolve("conn.log"));
    dns = WindowsEstateRun.read(dir.resolve("zeek").resolve("dns.log"));
  }

  @Test
  void sameOptionsGiveIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    Path again = WindowsEstateRun.run(tmp.resolve("b"), SMALL);
    assertThat(Sha256.tree(again)).isEqualTo(Sha256.tree(dir));
    Path other = WindowsEstateRun.run(tmp.resolve("c"), "--days", "3", "--hosts", "4", "--seed", "4");
    TreeMap<String, String> a = Sha256.tree(dir);
    TreeMap<String, String> b = Sha256.tree(other);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String file : a.keySet()) {
      assertThat(b.get(file)).as(file).isNotEqualTo(a.get(file));
    }
  }

  @Test
  void everyFileReadsBackWithoutProblemsAndEveryRecordMaps() {
    for (String h : HOSTS) {
      for (WindowsEstateRun.Read r : List.of(xml.get(h), ndjson.get(h))) {
        assertThat(r.report().malformedCount()).as(h).isZero();
        assertThat(r.lines()).as(h).hasSize((int) r.report().totalRecords()).hasSizeGreaterThan(2000);
      }
    }
    assertThat(conn.report().malformedCount()).isZero();
    assertThat(dns.report().malformedCount()).isZero();
    assertThat(conn.lines()).hasSizeGreaterThan(10_000);
    assertThat(dns.lines()).hasSizeGreaterThan(1_000);
  }

  @Test
  void xmlAndNdjsonGiveTheSameEvents() {
    for (String h : HOSTS) {
      assertThat(ndjson.get(h).withoutOrigin()).as(h).isEqualTo(xml.get(h).withoutOrigin());
    }
  }

  @Test
  void ws04HasNoSysmonAndTheOthersDo() {
    for (String h : HOSTS) {
      List<JsonNode> events = xml.get(h).events();
      boolean guids = events.stream().anyMatch(e -> e.has("process_guid"));
      boolean dnsQueries = events.stream().anyMatch(e -> type(e).equals("dns_query"));
      boolean ends = events.stream().anyMatch(e -> type(e).equals("process_end"));
      boolean sysmon = !h.equals("WS04");
      assertThat(guids).as(h).isEqualTo(sysmon);
      assertThat(dnsQueries).as(h).isEqualTo(sysmon);
      assertThat(ends).as(h).isEqualTo(sysmon);
    }
    String raw = read(dir.resolve("xml").resolve("WS04.xml"));
    assertThat(raw).doesNotContain("Microsoft-Windows-Sysmon").contains("<EventID>4688</EventID>");
    assertThat(raw).contains("<EventID>5156</EventID>").contains("<EventID>4698</EventID>");
  }

  @Test
  void everyEndpointConnectionHasAZeekFlowWithTheSameFiveTupleWithinOneAndAHalfSeconds() {
    Map<String, List<Long>> flows = new HashMap<>();
    for (JsonNode f : conn.events()) {
      flows.computeIfAbsent(tuple(f), k -> new ArrayList<>()).add(f.get("ts_us").asLong());
    }
    for (String h : HOSTS) {
      long checked = 0;
      for (JsonNode e : xml.get(h).events()) {
        if (!type(e).equals("network_connection")) {
          continue;
        }
        long ts = e.get("ts_us").asLong();
        List<Long> matches = flows.getOrDefault(tuple(e), List.of());
        assertThat(matches).as("%s %s", h, e).anyMatch(t -> Math.abs(t - ts) <= 1_500_000);
        checked++;
      }
      assertThat(checked).as(h).isGreaterThan(500);
    }
  }

  @Test
  void plantedConnectionsGoWhereTruthSays() {
    for (JsonNode p : truth.get("planted")) {
      String host = p.get("host").asText();
      String ip = p.get("dest_ip").asText();
      int port = p.get("port").asInt();
      long endpoint =
          xml.get(host).events().stream()
              .filter(e -> type(e).equals("network_connection"))
              .filter(e -> e.get("dst_ip").asText().equals(ip) && e.get("dst_port").asInt() == port)
              .count();
      long zeek =
          conn.events().stream()
              .filter(f -> f.get("dst_ip").asText().equals(ip) && f.get("dst_port").asInt() == port)
              .count();
      assertThat(endpoint).as(p.get("name").asText()).isEqualTo(p.get("connections").asLong());
      assertThat(zeek).as(p.get("name").asText()).isEqualTo(endpoint).isPositive();
    }
  }

  @Test
  void hourlyTaskRunsArePowerShellStartedByTheScheduleServiceWithThePidOf129() {
    List<JsonNode> events = xml.get("WS02").events();
    String job = "\\Microsoft\\Windows\\Maintenance\\CacheSync";
    Map<Long, JsonNode> lastStartByPid = new HashMap<>();
    int runs = 0;
    for (JsonNode e : events) {
      if (type(e).equals("process_start")) {
        lastStartByPid.put(e.get("pid").asLong(), e);
      }
      if (type(e).equals("job_run")
          && e.get("job").asText().equals(job)
          && e.get("phase").asText().equals("process_created")) {
        JsonNode start = lastStartByPid.get(e.get("pid").asLong());
        assertThat(start).as("Sysmon 1 before %s", e).isNotNull();
        assertThat(start.get("image").asText()).endsWith("\\powershell.exe");
        assertThat(start.get("parent_command_line").asText()).endsWith("-s Schedule");
        assertThat(start.get("user").asText()).isEqualTo("CORP\\bob");
        runs++;
      }
    }
    assertThat(runs).isEqualTo(truth.get("planted").get(0).get("runs").asInt()).isGreaterThan(40);
    JsonNode registered =
        events.stream()
            .filter(e -> type(e).equals("scheduled_job") && e.has("triggers"))
            .filter(e -> e.get("name").asText().equals(job))
            .findFirst()
            .orElseThrow();
    assertThat(registered.get("actor").asText()).isEqualTo("CORP\\bob");
    assertThat(registered.get("triggers").get(0).get("period_seconds").asInt()).isEqualTo(3600);
    assertThat(registered.get("actions").get(0).get("arguments").asText())
        .contains("-File C:\\Users\\bob\\AppData\\Roaming\\CacheSync\\sync.ps1");
  }

  @Test
  void dailyTaskRunsCmdWhichRunsRcloneInABurst() {
    List<JsonNode> events = xml.get("WS03").events();
    List<JsonNode> rclone =
        events.stream()
            .filter(e -> type(e).equals("process_start"))
            .filter(e -> e.get("image").asText().endsWith("\\rclone.exe"))
            .toList();
    assertThat(rclone).hasSize(truth.get("planted").get(1).get("runs").asInt()).isNotEmpty();
    for (JsonNode r : rclone) {
      assertThat(r.get("parent_image").asText()).endsWith("\\cmd.exe");
      assertThat(r.get("ts").asText()).matches(".*T02:(0|1)\\d:.*");
    }
  }

  @Test
  void beaconOnWs04IsLoggedBy4688And5156Only() {
    List<JsonNode> events = xml.get("WS04").events();
    JsonNode start =
        events.stream()
            .filter(e -> type(e).equals("process_start"))
            .filter(e -> e.get("image").asText().endsWith("\\svcupd.exe"))
            .findFirst()
            .orElseThrow();
    assertThat(start.get("parent_image").asText()).isEqualTo("C:\\Windows\\explorer.exe");
    long pid = start.get("pid").asLong();
    List<JsonNode> beats =
        events.stream()
            .filter(e -> type(e).equals("network_connection"))
            .filter(e -> e.get("dst_ip").asText().equals("192.0.2.88"))
            .toList();
    assertThat(beats).hasSizeGreaterThan(300);
    for (JsonNode b : beats) {
      assertThat(b.get("pid").asLong()).isEqualTo(pid);
      assertThat(b.get("image").asText())
          .isEqualTo("\\device\\harddiskvolume2\\users\\dave\\appdata\\local\\temp\\msupdate\\svcupd.exe");
    }
    assertThat(dns.lines()).noneMatch(l -> l.contains("192.0.2.88"));
  }

  @Test
  void pidsAreReusedOnEveryHost() {
    for (String h : HOSTS) {
      Map<Long, Integer> starts = new HashMap<>();
      for (JsonNode e : xml.get(h).events()) {
        if (type(e).equals("process_start")) {
          starts.merge(e.get("pid").asLong(), 1, Integer::sum);
        }
      }
      assertThat(starts.values()).as(h).anyMatch(n -> n > 1);
    }
  }

  @Test
  void processGuidsAreUnique() {
    for (String h : List.of("WS01", "WS02", "WS03")) {
      List<String> guids =
          xml.get(h).events().stream()
              .filter(e -> type(e).equals("process_start"))
              .map(e -> e.get("process_guid").asText())
              .toList();
      assertThat(guids).as(h).doesNotHaveDuplicates();
    }
  }

  /**
   * The first events of WS02 (boot, task registrations, the logon) as normalized JSON lines,
   * compared with the committed golden; regenerate with {@code -Dgolden.update=true}.
   */
  @Test
  void firstEventsOfWs02MatchTheGolden() throws IOException {
    Goldens.assertMatches(GOLDEN, xml.get("WS02").withoutOrigin().subList(0, 60));
  }

  private static String type(JsonNode e) {
    return e.get("type").asText();
  }

  private static String tuple(JsonNode e) {
    return e.get("src_ip").asText()
        + ":"
        + e.get("src_port").asText()
        + ">"
        + e.get("dst_ip").asText()
        + ":"
        + e.get("dst_port").asText();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
