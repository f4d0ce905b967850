package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding inputs, recognising their format and log kind, and opening them. */
class InputsTest {

  private static final String TSV_CONN =
      "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
          + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tconn_state\n"
          + "1709251200.000001\tC1\t10.1.2.3\t49152\t203.0.113.7\t443\ttcp\tSF\n";
  private static final String JSON_DNS =
      "{\"ts\":1709251200.5,\"uid\":\"D1\",\"id.orig_h\":\"10.1.2.3\",\"query\":\"a.example\"}\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static List<InputFile> discover(ReadReport report, String... args) {
    return Inputs.discover(List.of(args), null, report, InputStream.nullInputStream());
  }

  @Test
  void directoriesAreWalkedRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
    write("b/dns.log", JSON_DNS);
    write("a/z/conn.log", TSV_CONN);
    write("a/conn.log", TSV_CONN);
    write(".hidden/conn.log", TSV_CONN);
    write("a/.conn.log.swp", TSV_CONN);
    ReadReport report = new ReadReport();

    List<InputFile> files = discover(report, dir.toString());

    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(
            dir.resolve("a/conn.log").toString(),
            dir.resolve("a/z/conn.log").toString(),
            dir.resolve("b/dns.log").toString());
    assertThat(files)
        .extracting(InputFile::format)
        .containsExactly(InputFormat.ZEEK_TSV, InputFormat.ZEEK_TSV, InputFormat.ZEEK_JSON);
    assertThat(report.malformedCount()).isZero();
  }

  @Test
  void symbolicLinksAreFollowedAndLoopsReported() throws IOException {
    Path real = write("spool/conn.log", TSV_CONN);
    Files.createDirectories(dir.resolve("logs"));
    Files.createSymbolicLink(dir.resolve("logs/current"), real.getParent());
    Files.createSymbolicLink(dir.resolve("logs/loop"), dir.resolve("logs"));
    ReadReport report = new ReadReport();

    List<InputFile> files = discover(report, dir.resolve("logs").toString());

    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(dir.resolve("logs/current/conn.log").toString());
    assertThat(report.problemSamples())
        .map(Object::toString)
        .singleElement()
        .asString()
        .startsWith(dir.resolve("logs/loop") + ":0: cannot read: FileSystemLoopException");
  }

  @Test
  void namesFoundInADirectoryKeepTheArgumentAsGiven() throws IOException {
    write("samples/zeek/conn.log", TSV_CONN);
    String arg = dir.resolve("samples") + "/";

    List<InputFile> files = discover(new ReadReport(), arg);

    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(dir.resolve("samples").resolve("zeek/conn.log").toString());
  }

  @Test
  void nonLogFilesInADirectoryAreListedAsSkippedNamedOnesAreProblems() throws IOException {
    write("conn.log", TSV_CONN);
    write("notes.txt", "just some text\nwithout tabs\n");
    write("empty.log", "");
    write("truth.json", "{\n  \"seed\" : 7,\n  \"ts\" : 1\n}\n");
    Path named = write("named.json", "{\n  \"seed\" : 7\n}\n");
    ReadReport report = new ReadReport();

    List<InputFile> files =
        discover(report, dir.toString(), dir.resolve("missing.log").toString(), "nul\0.log",
            named.toString());

    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(dir.resolve("conn.log").toString());
    assertThat(report.skippedFileSamples())
        .map(Object::toString)
        .containsExactly(
            dir.resolve("empty.log") + ":0: empty file",
            dir.resolve("named.json") + ":0: not a recognised log format",
            dir.resolve("notes.txt") + ":0: not a recognised log format",
            dir.resolve("truth.json") + ":0: not a recognised log format");
    assertThat(report.problemSamples())
        .map(Object::toString)
        .containsExactly(
            dir.resolve("missing.log") + ":0: cannot read: no such file",
            "nul\0.log:0: cannot read: invalid path",
            named + ":0: not a recognised log format");
    assertThat(report.malformedCount()).isEqualTo(3);
  }

  @Test
  void gzipIsRecognisedByMagicNotExtension() throws IOException {
    Path gzNoExt = write("conn.log", gzip(TSV_CONN));
    Path plainGz = write("dns.log.gz", JSON_DNS);
    ReadReport report = new ReadReport();

    List<InputFile> files = discover(report, gzNoExt.toString(), plainGz.toString());

    assertThat(files).extracting(InputFile::logKind).containsExactly("conn", "dns");
    List<String> events = new java.util.ArrayList<>();
    for (InputFile f : files) {
      Inputs.read(f, e -> events.add(e.getClass().getSimpleName()), report);
    }
    assertThat(events).containsExactly("Flow", "DnsLookup");
    assertThat(report.malformedCount()).isZero();
    assertThat(report.bytes()).isEqualTo(TSV_CONN.length() + JSON_DNS.length());
  }

  @Test
  void stdinIsReadOnceIncludingGzip() throws IOException {
    ReadReport report = new ReadReport();
    InputStream stdin = new ByteArrayInputStream(gzip(TSV_CONN));

    List<InputFile> files = Inputs.discover(List.of("-"), null, report, stdin);

    assertThat(files)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("-");
              assertThat(f.format()).isEqualTo(InputFormat.ZEEK_TSV);
              assertThat(f.logKind()).isEqualTo("conn");
            });
    List<String> origins = new java.util.ArrayList<>();
    Inputs.read(files.get(0), e -> origins.add(e.origin().toString()), report);
    assertThat(origins).containsExactly("-:7");
    assertThatThrownBy(() -> files.get(0).open()).isInstanceOf(IOException.class);
  }

  @Test
  void formatOverrideWins() throws IOException {
    Path p = write("conn.log", TSV_CONN);
    ReadReport report = new ReadReport();

    List<InputFile> files =
        Inputs.discover(
            List.of(p.toString()), InputFormat.ZEEK_JSON, report, InputStream.nullInputStream());

    assertThat(files)
        .singleElement()
        .extracting(InputFile::format)
        .isEqualTo(InputFormat.ZEEK_JSON);
    Inputs.read(files.get(0), e -> {}, report);
    assertThat(report.malformedCount()).isEqualTo(1);
  }

  @Test
  void logKindComesFromPathHeaderThenJsonKeysThenFileNameThenFields() throws IOException {
    Path tsvPath = write("x1.log", TSV_CONN.replace("#path\tconn", "#path\tdns"));
    Path jsonPath = write("x2.log", "{\"_path\":\"http\",\"ts\":1.0}\n");
    Path jsonStream = write("conn.x3.log", "{\"@stream\":\"ssl\",\"ts\":1.0}\n");
    Path byName = write("SCRANTON_conn.00:00:00-01:00:00.log", "{\"ts\":1.0,\"query\":\"q\"}\n");
    Path byRotatedName = write("dns.2024-01-01-00-00-00.log", "{\"ts\":1.0}\n");
    Path byFields = write("capture.json", JSON_DNS);
    Path byTsvFields = write("capture.tsv", TSV_CONN.replace("#path\tconn\n", ""));
    Path unknown = write("capture2.json", "{\"ts\":1.0,\"note\":\"x\"}\n");

    List<InputFile> files =
        discover(
            new ReadReport(),
            tsvPath.toString(),
            jsonPath.toString(),
            jsonStream.toString(),
            byName.toString(),
            byRotatedName.toString(),
            byFields.toString(),
            byTsvFields.toString(),
            unknown.toString());

    assertThat(files)
        .extracting(InputFile::logKind)
        .containsExactly("dns", "http", "ssl", "conn", "dns", "dns", "conn", null);
  }

  @Test
  void btestBannerAndHeaderlessTsvAreRecognised() throws IOException {
    Path banner = write("dns.json", "### BTest baseline\n" + JSON_DNS);
    Path headerless = write("worker.conn.cut.log", "### BTest\n1.0\tC1\t10.0.0.1\n");

    List<InputFile> files = discover(new ReadReport(), banner.toString(), headerless.toString());

    assertThat(files)
        .extracting(InputFile::format)
        .containsExactly(InputFormat.ZEEK_JSON, InputFormat.ZEEK_TSV);
    assertThat(files).extracting(InputFile::logKind).containsExactly("dns", "conn");
  }

  @Test
  void formatIdsRoundTrip() {
    for (InputFormat f : InputFormat.values()) {
      assertThat(InputFormat.byId(f.id())).contains(f);
    }
    assertThat(InputFormat.byId("zeek-tsv")).contains(InputFormat.ZEEK_TSV);
    assertThat(InputFormat.byId("evtx")).contains(InputFormat.EVTX);
    assertThat(InputFormat.byId("EVTX")).as("ids are matched exactly").isEmpty();
  }
}
