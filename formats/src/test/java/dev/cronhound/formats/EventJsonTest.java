package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.TlsSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private static final Origin ORIGIN = new Origin("conn.log", 9);

  @Test
  void flowRendersFieldsInOrderAndOmitsUnset() {
    Flow f =
        new Flow(
            1692161622036086L,
            "Cnsu5m",
            "192.168.1.41",
            52605,
            "192.168.1.4",
            53,
            "udp",
            null,
            -1,
            -1,
            403,
            "SHR",
            ORIGIN);

    assertThat(EventJson.toJson(f))
        .isEqualTo(
            "{\"type\":\"flow\",\"ts\":\"2023-08-16T04:53:42.036086Z\",\"ts_us\":1692161622036086,"
                + "\"uid\":\"Cnsu5m\",\"src_ip\":\"192.168.1.41\",\"src_port\":52605,"
                + "\"dst_ip\":\"192.168.1.4\",\"dst_port\":53,\"proto\":\"udp\","
                + "\"bytes_in\":403,\"conn_state\":\"SHR\",\"origin\":\"conn.log:9\"}");
  }

  @Test
  void everyEventTypeHasItsTypeName() {
    DnsLookup d =
        new DnsLookup(
            0, null, "a", "b", "q", "A", "NOERROR", List.of("1.2.3.4"), List.of(60.5), ORIGIN);
    TlsSession t = new TlsSession(0, null, "a", 1, "b", 443, "sni", "TLSv13", "ja3", ORIGIN);
    HttpRequest h =
        new HttpRequest(0, null, "a", 1, "b", 80, "GET", "h", "/", "ua", 0, 10, 200, ORIGIN);

    assertThat(EventJson.toJson(d))
        .startsWith("{\"type\":\"dns_lookup\",\"ts\":\"1970-01-01T00:00:00.000000Z\",\"ts_us\":0,")
        .contains("\"answers\":[\"1.2.3.4\"],\"ttls_seconds\":[60.5]");
    assertThat(EventJson.toJson(t)).startsWith("{\"type\":\"tls_session\"");
    assertThat(EventJson.toJson(h))
        .startsWith("{\"type\":\"http_request\"")
        .contains("\"request_body_bytes\":0,\"response_body_bytes\":10,\"status_code\":200");
  }

  @Test
  void hostileStringsCannotBreakTheLine() throws Exception {
    String nasty = "a\nb\rc\u0000d\u2028e\u2029f\u0085g\"h\\i\uD800j\uDC00k\uD83D\uDE04l</script>";
    HttpRequest h =
        new HttpRequest(
            -1_500_000,
            null,
            null,
            -1,
            null,
            -1,
            null,
            null,
            nasty,
            null,
            -1,
            -1,
            -1,
            new Origin("evil\nfile", 1));

    String line = EventJson.toJson(h);

    assertThat(line).doesNotContain("\n", "\r", "\u0000", "\u2028", "\u2029", "\u0085");
    assertThat(line).contains("\"ts\":\"1969-12-31T23:59:58.500000Z\"");
    JsonNode parsed = new ObjectMapper().readTree(line);
    assertThat(parsed.get("uri").asText()).isEqualTo(nasty);
    assertThat(parsed.get("origin").asText()).isEqualTo("evil\nfile:1");
  }

  @Test
  void nonAsciiStaysUtf8() {
    HttpRequest h =
        new HttpRequest(
            0, null, null, -1, null, -1, null, "café.example", null, null, -1, -1, -1, ORIGIN);

    assertThat(EventJson.toJson(h)).contains("\"host\":\"café.example\"");
  }

  @Test
  void writerEmitsOneLinePerEvent() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Flow f = new Flow(0, null, "a", 1, "b", 2, null, null, -1, -1, -1, null, ORIGIN);
    try (EventJson json = new EventJson(out)) {
      json.accept(f);
      json.accept(f);
    }

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(3).endsWith("");
    assertThat(text).startsWith(EventJson.toJson(f) + "\n" + EventJson.toJson(f));
  }
}
