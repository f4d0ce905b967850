package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.FileActivity;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
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

  private static final ProcessRef P = new ProcessRef("{A-B}", 42);
  private static final String HEAD0 = "\",\"ts\":\"1970-01-01T00:00:00.000000Z\",\"ts_us\":0,\"host\":\"WS1\",";

  @Test
  void processStartFlattensBothProcessRefs() {
    ProcessStart p =
        new ProcessStart(
            0, "WS1", P, "a.exe", "a -x", "D\\u", null, null, new ProcessRef(null, 7), "p.exe", null,
            "High", "SHA1=AB", ORIGIN);

    assertThat(EventJson.toJson(p))
        .isEqualTo(
            "{\"type\":\"process_start" + HEAD0
                + "\"process_guid\":\"{A-B}\",\"pid\":42,\"image\":\"a.exe\",\"command_line\":\"a -x\","
                + "\"user\":\"D\\\\u\",\"parent_pid\":7,\"parent_image\":\"p.exe\","
                + "\"integrity_level\":\"High\",\"hashes\":\"SHA1=AB\",\"origin\":\"conn.log:9\"}");
  }

  @Test
  void processEndAndFileActivity() {
    assertThat(EventJson.toJson(new ProcessEnd(0, "WS1", ProcessRef.UNKNOWN, "a.exe", null, ORIGIN)))
        .isEqualTo("{\"type\":\"process_end" + HEAD0 + "\"image\":\"a.exe\",\"origin\":\"conn.log:9\"}");
    assertThat(
            EventJson.toJson(
                new FileActivity(0, "WS1", P, "a.exe", "u", "C:\\f", FileActivity.Action.DELETE, ORIGIN)))
        .isEqualTo(
            "{\"type\":\"file_activity" + HEAD0
                + "\"process_guid\":\"{A-B}\",\"pid\":42,\"image\":\"a.exe\",\"user\":\"u\","
                + "\"path\":\"C:\\\\f\",\"action\":\"delete\",\"origin\":\"conn.log:9\"}");
  }

  @Test
  void networkConnectionAlwaysWritesOutbound() {
    NetworkConnection n =
        new NetworkConnection(0, "WS1", P, null, null, "udp", false, "10.0.0.1", 137, "10.0.0.255", -1, null, ORIGIN);

    assertThat(EventJson.toJson(n))
        .isEqualTo(
            "{\"type\":\"network_connection" + HEAD0
                + "\"process_guid\":\"{A-B}\",\"pid\":42,\"protocol\":\"udp\",\"outbound\":false,"
                + "\"src_ip\":\"10.0.0.1\",\"src_port\":137,\"dst_ip\":\"10.0.0.255\",\"origin\":\"conn.log:9\"}");
  }

  @Test
  void dnsQueryListsAnswers() {
    DnsQuery d = new DnsQuery(0, "WS1", P, "a.exe", null, "x.example", "0", List.of("c.example", "1.2.3.4"), ORIGIN);

    assertThat(EventJson.toJson(d))
        .isEqualTo(
            "{\"type\":\"dns_query" + HEAD0
                + "\"process_guid\":\"{A-B}\",\"pid\":42,\"image\":\"a.exe\",\"query\":\"x.example\","
                + "\"status\":\"0\",\"answers\":[\"c.example\",\"1.2.3.4\"],\"origin\":\"conn.log:9\"}");
  }

  @Test
  void scheduledJobWritesActionsAndTriggersAsObjects() {
    ScheduledJob j =
        new ScheduledJob(
            0, "WS1", "\\T", ScheduledJob.Change.REGISTERED, "D\\a", "S-1-5-18",
            List.of(new JobAction("c.exe", "-x", null)),
            List.of(new JobTrigger("time", "2024-01-01T00:00:00", 300, null), new JobTrigger("boot", null, -1, "delay=PT1M")),
            Boolean.FALSE, "Security 4698", null, "HighestAvailable", null, ORIGIN);

    assertThat(EventJson.toJson(j))
        .isEqualTo(
            "{\"type\":\"scheduled_job" + HEAD0
                + "\"name\":\"\\\\T\",\"change\":\"registered\",\"actor\":\"D\\\\a\",\"run_as\":\"S-1-5-18\","
                + "\"actions\":[{\"command\":\"c.exe\",\"arguments\":\"-x\"}],"
                + "\"triggers\":[{\"kind\":\"time\",\"start\":\"2024-01-01T00:00:00\",\"period_seconds\":300},"
                + "{\"kind\":\"boot\",\"detail\":\"delay=PT1M\"}],\"enabled\":false,"
                + "\"source\":\"Security 4698\",\"run_level\":\"HighestAvailable\",\"origin\":\"conn.log:9\"}");
  }

  @Test
  void jobRunWritesPhaseInLowerCase() {
    JobRun r = new JobRun(0, "WS1", "\\T", JobRun.Phase.ACTION_COMPLETED, "{I}", "c.exe", 9, 0, null, ORIGIN);

    assertThat(EventJson.toJson(r))
        .isEqualTo(
            "{\"type\":\"job_run" + HEAD0
                + "\"job\":\"\\\\T\",\"phase\":\"action_completed\",\"instance_id\":\"{I}\",\"action\":\"c.exe\","
                + "\"pid\":9,\"result_code\":0,\"origin\":\"conn.log:9\"}");
  }
}
