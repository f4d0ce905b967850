package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logs are well-formed Zeek logs and the benign background looks like a real site. */
class BackgroundTrafficTest {
  private static final long S = 1_000_000L;
  private static final Pattern UID = Pattern.compile("C[0-9A-Za-z]{17}");

  @TempDir static Path tmp;
  static PlantedChannelsTest.Logs logs;
  static List<String> hosts;

  @BeforeAll
  static void generate() throws Exception {
    logs =
        new PlantedChannelsTest.Logs(
            Simulations.run(
                tmp, "--seed", "3", "--days", "5", "--hosts", "10", "--browse-rate", "20"));
    hosts = new ArrayList<>();
    logs.truth.get("hosts").forEach(h -> hosts.add(h.get("ip").asText()));
  }

  @Test
  void headersAreStockZeek() {
    for (ZeekTsv log : List.of(logs.conn, logs.dns, logs.ssl, logs.http)) {
      assertThat(log.lines.get(0)).isEqualTo("#separator \\x09");
      assertThat(log.headers)
          .containsEntry("set_separator", ",")
          .containsEntry("empty_field", "(empty)")
          .containsEntry("unset_field", "-")
          .containsEntry("open", "2026-01-05-00-00-00")
          .containsEntry("close", "2026-01-10-00-00-00");
      assertThat(log.lines.get(log.lines.size() - 1)).isEqualTo("#close\t2026-01-10-00-00-00");
      assertThat(log.headers.get("types").split("\t")).hasSameSizeAs(log.fields);
      for (String[] row : log.rows) {
        assertThat(row).hasSameSizeAs(log.fields);
      }
    }
    assertThat(logs.conn.fields)
        .containsExactly(
            "ts",
            "uid",
            "id.orig_h",
            "id.orig_p",
            "id.resp_h",
            "id.resp_p",
            "proto",
            "service",
            "duration",
            "orig_bytes",
            "resp_bytes",
            "conn_state",
            "local_orig",
            "local_resp",
            "missed_bytes",
            "history",
            "orig_pkts",
            "orig_ip_bytes",
            "resp_pkts",
            "resp_ip_bytes",
            "tunnel_parents");
    assertThat(logs.ssl.fields).contains("server_name", "ssl_history", "sni_matches_cert");
    assertThat(logs.http.fields).contains("host", "uri", "resp_mime_types");
    assertThat(logs.dns.fields).contains("query", "answers", "TTLs", "rejected");
  }

  @Test
  void everyLogIsInTimeOrderWithZeekUids() {
    for (ZeekTsv log : List.of(logs.conn, logs.dns, logs.ssl, logs.http)) {
      long previous = Long.MIN_VALUE;
      for (String[] row : log.rows) {
        long ts = log.ts(row);
        assertThat(ts).isGreaterThanOrEqualTo(previous);
        previous = ts;
        assertThat(log.get(row, "uid")).matches(UID);
      }
    }
  }

  @Test
  void recordsOfOneConnectionShareAUid() {
    Map<String, String[]> conns = new HashMap<>();
    for (String[] r : logs.conn.rows) {
      assertThat(conns.put(logs.conn.get(r, "uid"), r)).as("duplicate uid").isNull();
    }
    for (String[] r : logs.ssl.rows) {
      String[] c = conns.get(logs.ssl.get(r, "uid"));
      assertThat(logs.conn.get(c, "service")).isEqualTo("ssl");
      assertThat(logs.conn.get(c, "id.resp_h")).isEqualTo(logs.ssl.get(r, "id.resp_h"));
      assertThat(logs.conn.get(c, "id.orig_p")).isEqualTo(logs.ssl.get(r, "id.orig_p"));
    }
    for (String[] r : logs.http.rows) {
      String[] c = conns.get(logs.http.get(r, "uid"));
      assertThat(logs.conn.get(c, "service")).isEqualTo("http");
      assertThat(logs.http.ts(r)).isGreaterThanOrEqualTo(logs.conn.ts(c));
    }
    for (String[] r : logs.dns.rows) {
      String[] c = conns.get(logs.dns.get(r, "uid"));
      assertThat(logs.conn.get(c, "id.resp_h")).isEqualTo("10.10.0.2");
      assertThat(logs.conn.get(c, "id.resp_p")).isEqualTo("53");
      assertThat(logs.conn.get(c, "proto")).isEqualTo("udp");
    }
    long tls =
        logs.conn.rows.stream().filter(r -> logs.conn.get(r, "service").equals("ssl")).count();
    assertThat(tls).isEqualTo(logs.ssl.rows.size());
  }

  @Test
  void externalAddressesArePublicAndDomainsMapToOneToThreeOfThem() {
    Map<String, Set<String>> answers = new TreeMap<>();
    for (String[] r : logs.dns.rows) {
      String[] ips = logs.dns.get(r, "answers").split(",");
      assertThat(ips.length).isBetween(1, 3);
      answers.computeIfAbsent(logs.dns.get(r, "query"), k -> new HashSet<>()).addAll(List.of(ips));
    }
    answers.values().forEach(ips -> assertThat(ips.size()).isBetween(1, 3));
    for (String[] r : logs.conn.rows) {
      assertThat(hosts).contains(logs.conn.get(r, "id.orig_h"));
      String resp = logs.conn.get(r, "id.resp_h");
      if (resp.startsWith("10.")) {
        assertThat(resp).isIn("10.10.0.2", "10.10.0.3");
      } else {
        assertThat(resp)
            .doesNotStartWith("192.168.")
            .doesNotStartWith("172.")
            .doesNotStartWith("127.");
      }
    }
  }

  @Test
  void updatersAndNtpAreRegularButRunOnNearlyEveryHost() {
    Set<String> osUpdate = new HashSet<>();
    for (String[] r : logs.http.rows) {
      if (logs.http.get(r, "host").equals("update.vendor-os.example")) {
        osUpdate.add(logs.http.get(r, "id.orig_h"));
      }
    }
    Set<String> browserUpdate = new HashSet<>();
    for (String[] r : logs.ssl.rows) {
      if (logs.ssl.get(r, "server_name").equals("update.browser-vendor.example")) {
        browserUpdate.add(logs.ssl.get(r, "id.orig_h"));
      }
    }
    assertThat(osUpdate.size()).isGreaterThanOrEqualTo(8);
    assertThat(browserUpdate.size()).isGreaterThanOrEqualTo(7);

    Map<String, List<Long>> ntp = new TreeMap<>();
    for (String[] r : logs.conn.rows) {
      if (logs.conn.get(r, "id.resp_p").equals("123")) {
        ntp.computeIfAbsent(logs.conn.get(r, "id.orig_h"), k -> new ArrayList<>())
            .add(logs.conn.ts(r));
      }
    }
    assertThat(ntp.keySet()).containsExactlyInAnyOrderElementsOf(hosts);
    for (List<Long> ts : ntp.values()) {
      for (int i = 1; i < ts.size(); i++) {
        assertThat(ts.get(i) - ts.get(i - 1)).isBetween(1023 * S, 1025 * S);
      }
    }
    JsonNode truthNtp = Simulations.benign(logs.truth, "ntp");
    assertThat(truthNtp.get("source_count").asInt()).isEqualTo(hosts.size());
    assertThat(truthNtp.get("period_seconds").asInt()).isEqualTo(1024);
  }

  @Test
  void browsingIsZipfSharedAndBusyInOfficeHours() {
    Map<String, Set<String>> visitors = new TreeMap<>();
    Map<String, Integer> visits = new TreeMap<>();
    long day = 0;
    long night = 0;
    JsonNode browsing = Simulations.benign(logs.truth, "browsing");
    Set<String> sites = new HashSet<>();
    browsing.get("destinations").forEach(d -> sites.add(d.asText()));
    assertThat(sites).hasSize(40);
    for (String[] r : logs.ssl.rows) {
      String name = logs.ssl.get(r, "server_name");
      if (!sites.contains(name)) {
        continue;
      }
      visitors.computeIfAbsent(name, k -> new HashSet<>()).add(logs.ssl.get(r, "id.orig_h"));
      visits.merge(name, 1, Integer::sum);
      long hour = Math.floorMod(logs.ssl.ts(r), 86_400 * S) / (3600 * S);
      if (hour >= 9 && hour < 17) {
        day++;
      } else if (hour < 6) {
        night++;
      }
    }
    assertThat(visitors.size()).isGreaterThan(30);
    assertThat(visitors.get("search.findit.example").size()).isGreaterThanOrEqualTo(8);
    assertThat(visits.get("search.findit.example"))
        .isGreaterThan(5 * visits.getOrDefault("podcasts.audiocast.example", 0));
    assertThat(day).isGreaterThan(20 * night);
  }

  @Test
  void proxyUsersSendPlainHttpThroughTheProxyWithTheRealHost() {
    Set<String> proxyUsers = new HashSet<>();
    logs.truth
        .get("hosts")
        .forEach(
            h -> {
              if (h.get("uses_proxy").asBoolean()) {
                proxyUsers.add(h.get("ip").asText());
              }
            });
    assertThat(proxyUsers).isNotEmpty();
    int proxied = 0;
    for (String[] r : logs.http.rows) {
      String src = logs.http.get(r, "id.orig_h");
      String host = logs.http.get(r, "host");
      if (proxyUsers.contains(src)) {
        proxied++;
        assertThat(logs.http.get(r, "id.resp_h")).isEqualTo("10.10.0.3");
        assertThat(logs.http.get(r, "id.resp_p")).isEqualTo("3128");
        assertThat(logs.http.get(r, "uri")).startsWith("http://" + host + "/");
      } else {
        assertThat(logs.http.get(r, "id.resp_p")).isEqualTo("80");
        assertThat(logs.http.get(r, "uri")).startsWith("/");
      }
    }
    assertThat(proxied).isGreaterThan(0);
  }
}
