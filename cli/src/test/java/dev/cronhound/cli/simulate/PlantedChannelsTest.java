package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted channels are in the logs exactly as truth.json describes them. */
class PlantedChannelsTest {
  private static final long S = 1_000_000L;
  private static final long MIN = 60 * S;

  @TempDir static Path tmp;
  static Logs week;
  static Logs month;

  /** The four logs and truth of one run, with uid indexes. */
  static final class Logs {
    final ZeekTsv conn;
    final ZeekTsv dns;
    final ZeekTsv ssl;
    final ZeekTsv http;
    final JsonNode truth;
    final Map<String, String[]> sslByUid = new HashMap<>();
    final Map<String, String[]> httpByUid = new HashMap<>();

    Logs(Path dir) throws Exception {
      conn = ZeekTsv.read(dir.resolve("conn.log"));
      dns = ZeekTsv.read(dir.resolve("dns.log"));
      ssl = ZeekTsv.read(dir.resolve("ssl.log"));
      http = ZeekTsv.read(dir.resolve("http.log"));
      truth = Simulations.truth(dir);
      ssl.rows.forEach(r -> sslByUid.put(ssl.get(r, "uid"), r));
      http.rows.forEach(r -> httpByUid.put(http.get(r, "uid"), r));
    }

    /** conn rows from {@code src} to {@code dst}:{@code port}, in file order. */
    List<String[]> conns(String src, String dst, int port) {
      List<String[]> out = new ArrayList<>();
      for (String[] r : conn.rows) {
        if (conn.get(r, "id.orig_h").equals(src)
            && conn.get(r, "id.resp_h").equals(dst)
            && conn.get(r, "id.resp_p").equals(Integer.toString(port))) {
          out.add(r);
        }
      }
      return out;
    }

    /** dns rows from {@code src} asking for {@code name}. */
    List<String[]> lookups(String src, String name) {
      List<String[]> out = new ArrayList<>();
      for (String[] r : dns.rows) {
        if (dns.get(r, "id.orig_h").equals(src) && dns.get(r, "query").equals(name)) {
          out.add(r);
        }
      }
      return out;
    }

    List<Long> times(List<String[]> rows) {
      List<Long> out = new ArrayList<>();
      rows.forEach(r -> out.add(conn.ts(r)));
      return out;
    }
  }

  @BeforeAll
  static void generate() throws Exception {
    week =
        new Logs(
            Simulations.run(
                tmp.resolve("week"), "--seed", "11", "--hosts", "8", "--browse-rate", "10"));
    month =
        new Logs(
            Simulations.run(
                tmp.resolve("month"),
                "--seed",
                "5",
                "--days",
                "28",
                "--hosts",
                "3",
                "--browse-rate",
                "2"));
  }

  private static long micros(JsonNode instant) {
    Instant i = Instant.parse(instant.asText());
    return i.getEpochSecond() * S + i.getNano() / 1000;
  }

  private static ZonedDateTime utc(long micros) {
    return Instant.ofEpochSecond(micros / S, (micros % S) * 1000).atZone(ZoneOffset.UTC);
  }

  private static long secondOfDay(long micros) {
    return Math.floorMod(micros, 86_400 * S);
  }

  @Test
  void jitteredBeaconBeatsEveryFiveMinutesWithJitterAfterALookup() {
    for (Logs logs : List.of(week, month)) {
      JsonNode t = Simulations.planted(logs.truth, "jittered-beacon");
      String src = t.get("source_ip").asText();
      String domain = t.get("destination").asText();
      List<String[]> rows = logs.conns(src, t.get("destination_ip").asText(), 443);
      List<Long> ts = logs.times(rows);
      assertThat(domain).isEqualTo("cdn-telemetry.example-c2.net");
      assertThat(t.get("period_seconds").asLong()).isEqualTo(300);
      assertThat((long) rows.size()).isEqualTo(t.get("beats").asLong());
      assertThat(ts.get(0)).isEqualTo(micros(t.get("first_seen")));
      assertThat(ts.get(ts.size() - 1)).isEqualTo(micros(t.get("last_seen")));
      long sum = 0;
      for (int i = 1; i < ts.size(); i++) {
        long gap = ts.get(i) - ts.get(i - 1);
        assertThat(gap).isBetween(225 * S, 375 * S);
        sum += gap;
      }
      assertThat(sum / (ts.size() - 1.0) / S).isBetween(290.0, 310.0);
      List<String[]> lookups = logs.lookups(src, domain);
      for (String[] r : rows) {
        assertThat(logs.conn.get(r, "service")).isEqualTo("ssl");
        assertThat(Long.parseLong(logs.conn.get(r, "orig_bytes"))).isLessThan(1_000);
        String[] ssl = logs.sslByUid.get(logs.conn.get(r, "uid"));
        assertThat(logs.ssl.get(ssl, "server_name")).isEqualTo(domain);
      }
      // TTL 60 s < shortest gap: every beat resolves first
      assertThat(lookups).hasSameSizeAs(rows);
      for (int i = 0; i < rows.size(); i++) {
        long lead = logs.conn.ts(rows.get(i)) - logs.dns.ts(lookups.get(i));
        assertThat(lead).isBetween(0L, S);
        assertThat(logs.dns.get(lookups.get(i), "answers"))
            .isEqualTo(t.get("destination_ip").asText());
      }
    }
  }

  @Test
  void fastBeaconHitsARawIpEveryTenSecondsWithoutDnsOrSni() {
    for (Logs logs : List.of(week, month)) {
      JsonNode t = Simulations.planted(logs.truth, "fast-beacon");
      String ip = t.get("destination").asText();
      assertThat(t.get("destination_ip").asText()).isEqualTo(ip);
      List<String[]> rows = logs.conns(t.get("source_ip").asText(), ip, 8443);
      List<Long> ts = logs.times(rows);
      assertThat((long) rows.size()).isEqualTo(t.get("beats").asLong());
      assertThat(rows.size()).isGreaterThan(days(logs) * 8000);
      for (int i = 1; i < ts.size(); i++) {
        assertThat(ts.get(i) - ts.get(i - 1)).isBetween(9 * S, 11 * S);
      }
      for (String[] r : rows) {
        assertThat(logs.conn.get(r, "service")).isEqualTo("-");
        assertThat(Long.parseLong(logs.conn.get(r, "orig_bytes"))).isLessThan(100);
        assertThat(logs.sslByUid).doesNotContainKey(logs.conn.get(r, "uid"));
      }
      for (String[] r : logs.dns.rows) {
        assertThat(logs.dns.get(r, "answers")).doesNotContain(ip);
      }
    }
  }

  private static int days(Logs logs) {
    return logs.truth.get("days").asInt();
  }

  @Test
  void dailyExfilPostsThroughTheProxyAtTwoThirteenAndSkipsDays() {
    for (Logs logs : List.of(week, month)) {
      JsonNode t = Simulations.planted(logs.truth, "daily-exfil");
      String src = t.get("source_ip").asText();
      assertThat(t.get("destination_ip").asText()).isEqualTo("10.10.0.3");
      assertThat(t.get("port").asInt()).isEqualTo(3128);
      TreeMap<Integer, List<Long>> runs = new TreeMap<>();
      int posts = 0;
      for (String[] r : logs.conns(src, "10.10.0.3", 3128)) {
        String[] http = logs.httpByUid.get(logs.conn.get(r, "uid"));
        assertThat(http).isNotNull();
        if (!logs.http.get(http, "host").equals("files.dropbox-sync.example")) {
          continue; // the host may also browse plain-HTTP sites through the proxy
        }
        posts++;
        assertThat(logs.conn.get(r, "service")).isEqualTo("http");
        assertThat(logs.http.get(http, "method")).isEqualTo("POST");
        assertThat(logs.http.get(http, "uri")).startsWith("http://files.dropbox-sync.example/");
        long body = Long.parseLong(logs.http.get(http, "request_body_len"));
        assertThat(body).isBetween(1_000_000L, 8_000_000L);
        assertThat(Long.parseLong(logs.conn.get(r, "orig_bytes"))).isGreaterThan(body);
        long ts = logs.conn.ts(r);
        runs.computeIfAbsent(utc(ts).getDayOfYear(), k -> new ArrayList<>()).add(ts);
      }
      assertThat((long) runs.size()).isEqualTo(t.get("beats").asLong());
      assertThat((long) posts).isEqualTo(t.get("connections").asLong());
      int days = days(logs);
      int skipped = days - runs.size();
      assertThat(skipped).isEqualTo(Math.round(days * 0.25f));
      assertThat(t.get("missing_fraction").asDouble()).isCloseTo(skipped / (double) days, within());
      int firstDay = utc(micros(logs.truth.get("start"))).getDayOfYear();
      assertThat(runs).containsKeys(firstDay, firstDay + 1);
      for (List<Long> burst : runs.values()) {
        assertThat(burst.size()).isBetween(3, 10);
        assertThat(burst.get(burst.size() - 1) - burst.get(0)).isLessThanOrEqualTo(90 * S);
        long tod = secondOfDay(burst.get(0));
        assertThat(tod).isBetween((2 * 3600 + 8 * 60) * S, (2 * 3600 + 18 * 60) * S);
      }
      for (String[] r : logs.dns.rows) {
        assertThat(logs.dns.get(r, "query")).isNotEqualTo("files.dropbox-sync.example");
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }

  @Test
  void weeklyJobRunsSundaysAtThreeAfterAFreshLookup() {
    for (Logs logs : List.of(week, month)) {
      JsonNode t = Simulations.planted(logs.truth, "weekly-job");
      String src = t.get("source_ip").asText();
      String domain = t.get("destination").asText();
      List<String[]> rows = logs.conns(src, t.get("destination_ip").asText(), 443);
      assertThat(rows).hasSize(days(logs) / 7);
      assertThat(t.get("beats").asInt()).isEqualTo(days(logs) / 7);
      List<String[]> lookups = logs.lookups(src, domain);
      assertThat(lookups).hasSameSizeAs(rows);
      for (int i = 0; i < rows.size(); i++) {
        long ts = logs.conn.ts(rows.get(i));
        assertThat(utc(ts).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(secondOfDay(ts)).isBetween(3 * 3600 * S - 2 * MIN, 3 * 3600 * S + 2 * MIN);
        assertThat(ts - logs.dns.ts(lookups.get(i))).isBetween(0L, S);
        assertThat(Long.parseLong(logs.conn.get(rows.get(i), "orig_bytes")))
            .isGreaterThan(40_000_000);
        String[] ssl = logs.sslByUid.get(logs.conn.get(rows.get(i), "uid"));
        assertThat(logs.ssl.get(ssl, "server_name")).isEqualTo(domain);
      }
    }
  }

  @Test
  void nightlyBackupRunsEveryNightAtOne() {
    for (Logs logs : List.of(week, month)) {
      JsonNode t = Simulations.benign(logs.truth, "nightly-backup");
      List<String[]> rows =
          logs.conns(t.get("source_ip").asText(), t.get("destination_ip").asText(), 443);
      assertThat(rows).hasSize(days(logs));
      assertThat(t.get("beats").asInt()).isEqualTo(days(logs));
      assertThat(t.get("destination").asText()).isEqualTo("backup.corp-partner.example");
      assertThat(t.get("note").asText()).contains("allowlist");
      for (String[] r : rows) {
        assertThat(secondOfDay(logs.conn.ts(r))).isBetween(3600 * S - MIN, 3600 * S + MIN);
      }
    }
  }

  @Test
  void plantedDestinationsAreContactedByTheirHostOnly() {
    JsonNode truth = week.truth;
    for (JsonNode t : truth.get("planted")) {
      String src = t.get("source_ip").asText();
      String dst = t.get("destination_ip").asText();
      if (dst.equals("10.10.0.3")) {
        continue;
      }
      for (String[] r : week.conn.rows) {
        if (week.conn.get(r, "id.resp_h").equals(dst)) {
          assertThat(week.conn.get(r, "id.orig_h")).as(t.get("name").asText()).isEqualTo(src);
        }
      }
    }
  }
}
