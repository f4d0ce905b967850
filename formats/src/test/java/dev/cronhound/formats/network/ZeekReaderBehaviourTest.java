package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.formats.ReadCapture;
import dev.cronhound.formats.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reader behaviour the goldens do not pin down on their own. */
class ZeekReaderBehaviourTest {

  private static final Path BTEST = Path.of("src/test/resources/zeek/real/zeek-btest-baselines");

  private static byte[] unmasked(String file, String from, String to) throws IOException {
    String text = Files.readString(BTEST.resolve(file), StandardCharsets.UTF_8);
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void btestConnWithTimestampsRestoredReadsEveryRecordIncludingIpProtoColumn() throws IOException {
    byte[] data = unmasked("opt.basic.conn.log", "XXXXXXXXXX.XXXXXX", "1300475167.096535");

    ReadCapture c = ReadCapture.tsv("conn.log", null, data);

    assertThat(c.report().malformedCount()).isZero();
    assertThat(c.events()).hasSize(34).allMatch(e -> e instanceof Flow);
    Flow ipv6 = (Flow) c.events().get(1);
    assertThat(ipv6.srcIp()).isEqualTo("fe80::217:f2ff:fed7:cf65");
    assertThat(ipv6.dstIp()).isEqualTo("ff02::fb");
    assertThat(ipv6.tsMicros()).isEqualTo(1_300_475_167_096_535L);
  }

  @Test
  void btestDnsVectorsSplitOnTheSetSeparator() throws IOException {
    byte[] data = unmasked("opt.basic.dns.log", "XXXXXXXXXX.XXXXXX", "1300475167.096535");

    ReadCapture c = ReadCapture.tsv("dns.log", null, data);

    assertThat(c.report().malformedCount()).isZero();
    List<DnsLookup> withAnswers =
        c.events().stream().map(DnsLookup.class::cast).filter(d -> d.answers().size() > 1).toList();
    assertThat(withAnswers).isNotEmpty();
    assertThat(withAnswers).allMatch(d -> d.ttlsSeconds().size() == d.answers().size());
  }

  @Test
  void btestJsonEscapingKeepsEmojiAndEscapedBytes() throws IOException {
    byte[] data = unmasked("json-non-printable-escaping.http.json.log", "XXXXXXXXXX.XXXXXX", "1.5");

    ReadCapture c = ReadCapture.json("http.log", "http", data);

    assertThat(c.report().malformedCount()).isZero();
    assertThat(c.events())
        .map(e -> ((HttpRequest) e).uri())
        .containsExactly(
            "/regular_file.html",
            "/printable_\uD83D\uDE04",
            "/non_printable_\\x07",
            "/non_printable_literal_\\x07");
    assertThat(c.events().get(0).tsMicros()).isEqualTo(1_500_000L);
  }

  @Test
  void readErrorMidFileIsReportedWithTheLineAndEarlierRecordsKept() {
    String good =
        "#separator \\x09\n#path\tconn\n#fields\tts\tuid\n1.000000\tC1\n2.000000\tC2\n3.0000";
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(good.getBytes(StandardCharsets.US_ASCII)), failing);
    ReadReport report = new ReadReport();
    List<Event> events = new ArrayList<>();

    ZeekTsvReader.read(in, "conn.log", null, events::add, report);

    assertThat(events).extracting(Event::tsMicros).containsExactly(1_000_000L, 2_000_000L);
    assertThat(report.problemSamples())
        .map(Object::toString)
        .containsExactly("conn.log:6: read error: IOException: disk on fire");
  }

  @Test
  void crlfLineEndingsAreAccepted() {
    String log = "#separator \\x09\r\n#path\tconn\r\n#fields\tts\tuid\r\n1.5\tC1\r\n";
    ReadCapture c = ReadCapture.tsv("crlf.log", null, log.getBytes(StandardCharsets.US_ASCII));

    assertThat(c.events()).singleElement().extracting(Event::tsMicros).isEqualTo(1_500_000L);
    assertThat(((Flow) c.events().get(0)).uid()).isEqualTo("C1");
  }

  @Test
  void unknownStreamsAreCountedWithoutEvents() {
    String log =
        "#separator \\x09\n#path\tweird\n#fields\tts\tname\n1.0\tbad_checksum\n2.0\tdnp3\textra\n";
    ReadCapture c = ReadCapture.tsv("weird.log", null, log.getBytes(StandardCharsets.US_ASCII));

    assertThat(c.events()).isEmpty();
    assertThat(c.report().recordsByFormat()).containsEntry("zeek-tsv/weird", 1L);
    assertThat(c.problems()).containsExactly("weird.log:5: expected 2 columns, found 3");
  }

  @Test
  void jsonKindFallsBackToTheCallersKindAndPerRecordPathWins() {
    String log =
        "{\"ts\":1.0,\"query\":\"a.example\"}\n"
            + "{\"_path\":\"conn\",\"ts\":2.0,\"uid\":\"C2\"}\n"
            + "{\"_path\":\"files\",\"ts\":3.0}\n";
    ReadCapture c = ReadCapture.json("mixed.log", "dns", log.getBytes(StandardCharsets.UTF_8));

    assertThat(c.events()).hasSize(2);
    assertThat(c.events().get(0)).isInstanceOf(DnsLookup.class);
    assertThat(c.events().get(1)).isInstanceOf(Flow.class);
    assertThat(c.report().recordsByFormat())
        .containsEntry("zeek-json/dns", 1L)
        .containsEntry("zeek-json/conn", 1L)
        .containsEntry("zeek-json/files", 1L);
  }

  @Test
  void hostileKindNamesDoNotBecomeCounterNames() {
    String log = "{\"_path\":\"a b\\n\",\"ts\":1.0}\n";
    ReadCapture c = ReadCapture.json("x.log", null, log.getBytes(StandardCharsets.UTF_8));

    assertThat(c.report().recordsByFormat()).containsOnlyKeys("zeek-json/unknown");
  }
}
