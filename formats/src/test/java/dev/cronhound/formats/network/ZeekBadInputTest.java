package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus in {@code src/test/resources/zeek/bad/} plus generated cases (cut-off gzip,
 * a line over 1 MiB): exact counts of good records and problems, and every good record kept.
 */
class ZeekBadInputTest {

  private static final String BAD = "src/test/resources/zeek/bad/";
  private static final String HEADER =
      "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
          + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\n";

  @TempDir Path tmp;

  private static String row(int i) {
    return "1709251200."
        + String.format("%06d", i)
        + "\tC"
        + i
        + "\t10.1.2.3\t"
        + (40000 + i)
        + "\t203.0.113.7\t443\ttcp\n";
  }

  private static List<Long> lines(ReadCapture c) {
    return c.events().stream().map(Event::origin).map(o -> o.line()).toList();
  }

  @Test
  void wrongColumnsAndUnparsableValues() {
    ReadCapture c = ReadCapture.of(List.of(BAD + "columns.log"));
    String f = BAD + "columns.log:";

    assertThat(lines(c)).containsExactly(8L, 19L, 21L);
    assertThat(c.report().recordsByFormat())
        .containsExactlyEntriesOf(java.util.Map.of("zeek-tsv/conn", 3L));
    assertThat(c.problems())
        .containsExactly(
            f + "9: expected 12 columns, found 13",
            f + "10: expected 12 columns, found 5",
            f + "11: bad ts \"XXXXXXXXXX.XXXXXX\"",
            f + "12: bad ts \"1709251200,5\"",
            f + "13: bad id.orig_p \"70000\"",
            f + "14: bad id.resp_p \"https\"",
            f + "15: bad orig_bytes \"-5\"",
            f + "16: bad resp_bytes \"99999999999999999999\"",
            f + "17: bad duration \"1.0.0\"",
            f + "18: ts is unset");
  }

  @Test
  void truncatedLastLine() {
    ReadCapture c = ReadCapture.of(List.of(BAD + "truncated.log"));

    assertThat(lines(c)).containsExactly(8L, 9L);
    assertThat(c.problems())
        .containsExactly(
            BAD
                + "truncated.log:10: truncated last line (no newline): expected 12 columns, found"
                + " 5");
  }

  @Test
  void binaryGarbageBetweenGoodLines() {
    ReadCapture c = ReadCapture.of(List.of(BAD + "garbage.log"));
    String f = BAD + "garbage.log:";

    assertThat(lines(c)).containsExactly(8L, 15L);
    assertThat(c.problems())
        .containsExactly(
            f + "9: binary data: control byte 0x00",
            f + "10: binary data: control byte 0x00",
            f + "11: binary data: control byte 0x0b",
            f + "12: expected 12 columns, found 1",
            f + "13: binary data: control byte 0x1a",
            f + "14: binary data: control byte 0x00");
  }

  @Test
  void dataBeforeHeaderIsReportedOnceThenReadingResumes() {
    ReadCapture c = ReadCapture.of(List.of(BAD + "before-header.log"));

    assertThat(lines(c)).containsExactly(10L, 11L);
    assertThat(c.problems())
        .containsExactly(
            BAD
                + "before-header.log:1: data line before any #fields header; skipping to the next"
                + " header");
  }

  @Test
  void badJsonLines() {
    ReadCapture c = ReadCapture.of(List.of(BAD + "bad-json.log"));
    String f = BAD + "bad-json.log:";
    String unrecognized =
        ": was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    assertThat(lines(c)).containsExactly(1L, 14L);
    assertThat(c.report().totalRecords()).isEqualTo(2);
    assertThat(c.problems())
        .containsExactly(
            f + "2: invalid JSON: Unrecognized token 'XXXXXXXXXX'" + unrecognized,
            f + "3: bad ts \"XXXXXXXXXX.XXXXXX\"",
            f + "4: bad id.orig_p: expected an integer, got a string",
            f + "5: bad orig_bytes: expected an integer, got a number",
            f + "6: bad orig_bytes \"-1\"",
            f + "7: bad id.orig_p \"70000\"",
            f + "8: ts is missing",
            f + "9: not a JSON object",
            f + "10: trailing data after the JSON object",
            f + "11: invalid JSON: Unrecognized token 'not'" + unrecognized,
            f + "12: bad ts: expected a number, got a boolean",
            f + "13: bad answers: expected an array, got a string",
            f
                + "15: truncated last line (no newline): invalid JSON: Unexpected end-of-input in"
                + " field name");
  }

  @Test
  void cutOffGzipKeepsTheRecordsBeforeTheCut() throws IOException {
    StringBuilder log = new StringBuilder(HEADER);
    for (int i = 1; i <= 20_000; i++) {
      log.append(row(i));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(log.toString().getBytes(StandardCharsets.US_ASCII));
    }
    byte[] whole = gz.toByteArray();
    Path file = tmp.resolve("cut.log.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    ReadCapture c = ReadCapture.of(List.of(file.toString()));

    long good = c.events().size();
    assertThat(good).isBetween(1_000L, 19_999L);
    assertThat(lines(c)).last().isEqualTo(6 + good);
    assertThat(c.report().recordsByFormat().get("zeek-tsv/conn")).isEqualTo(good);
    assertThat(c.problems())
        .containsExactly(
            file
                + ":"
                + (7 + good)
                + ": read error: EOFException: Unexpected end of ZLIB input stream");
  }

  @Test
  void lineOverOneMebibyteIsSkippedAndReadingGoesOn() {
    StringBuilder log = new StringBuilder(HEADER).append(row(1));
    log.append("1709251200.000002\tC2\t").append("a".repeat(ByteLines.MAX_LINE + 10)).append('\n');
    log.append(row(3)).append(row(4));

    ReadCapture c =
        ReadCapture.tsv("big.log", null, log.toString().getBytes(StandardCharsets.US_ASCII));

    assertThat(lines(c)).containsExactly(7L, 9L, 10L);
    assertThat(c.problems()).containsExactly("big.log:8: line longer than 1048576 bytes");
  }

  @Test
  void lineOfExactlyOneMebibyteIsKept() {
    String head = "1709251200.000002\tC2\t10.1.2.3\t1\t203.0.113.7\t443\t";
    String longLine = head + "x".repeat(ByteLines.MAX_LINE - head.length()) + "\n";
    byte[] data = (HEADER + longLine + row(3)).getBytes(StandardCharsets.US_ASCII);

    ReadCapture c = ReadCapture.tsv("edge.log", null, data);

    assertThat(lines(c)).containsExactly(7L, 8L);
    assertThat(c.report().malformedCount()).isZero();
  }

  @Test
  void headerWithoutTsColumnSkipsTheBlock() {
    String log =
        "#separator \\x09\n#path\tconn\n#fields\tuid\tid.orig_h\n"
            + "C1\t10.1.2.3\n"
            + "C2\t10.1.2.4\n";
    ReadCapture c = ReadCapture.tsv("nots.log", null, log.getBytes(StandardCharsets.US_ASCII));

    assertThat(c.events()).isEmpty();
    assertThat(c.problems())
        .containsExactly("nots.log:3: #fields has no ts column; skipping this block");
  }

  @Test
  void unsupportedSeparatorSkipsTheBlockUntilTheNextHeader() {
    String log = "#separator ab\n#fields\tts\n1\n" + HEADER + row(1);
    ReadCapture c = ReadCapture.tsv("sep.log", null, log.getBytes(StandardCharsets.US_ASCII));

    assertThat(lines(c)).containsExactly(10L);
    assertThat(c.problems())
        .containsExactly("sep.log:1: unsupported #separator \"ab\"; skipping this block");
  }
}
