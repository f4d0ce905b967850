package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cronhound convert} and {@code cronhound formats} on the bundled Windows samples. */
class ConvertCommandTest {

  private static final Path SAMPLE =
      Path.of("..", "samples", "windows-evtx-to-mitre-attack",
          "id4688-4698-persistent-scheduled-task-with-system-privileges-creation.evtx");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(TestClock.get());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void evtxToJsonLinesAsRead() throws Exception {
    Path out = dir.resolve("records.jsonl");
    Run r = run("convert", SAMPLE.toString(), "--threads", "2", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1))
        .startsWith("{\"record_id\":352964,\"time\":\"2021-04-21T13:30:00.589460Z\","
            + "\"provider\":\"Microsoft-Windows-Security-Auditing\",\"channel\":\"Security\","
            + "\"computer\":\"srvdefender01.offsec.lan\",\"event_id\":4698,")
        .contains("\"TaskName\":\"\\\\eviltask\"");
    assertThat(r.err()).contains("read 1 file(s)").contains("evtx").contains("malformed: 0");
  }

  /**
   * EVTX files decoded on worker threads (one reader for the run, chunks rendered there) come out
   * in argument order, interleaved rightly with a non-EVTX log between them: the same bytes as one
   * thread.
   */
  @Test
  void threadsKeepTheOrderOfFilesAndFormats() throws Exception {
    Path dirOfSamples = SAMPLE.getParent();
    Path zeek = Path.of("..", "samples", "zeek-otrf-apt29", "SCRANTON_dns.log");
    String[] inputs = {
      dirOfSamples.resolve("id4688-scheduled-task-creation.evtx").toString(),
      SAMPLE.toString(),
      zeek.toString(),
      dirOfSamples.resolve("id3-59-60-bits-job-created.evtx").toString(),
      SAMPLE.toString()
    };
    String one = convert(inputs, "1");
    assertThat(one).contains("\"record_id\":352964", "\"type\":\"");
    int zeekAt = one.indexOf("{\"type\":\"");
    assertThat(one.indexOf("\"record_id\":352964")).isLessThan(zeekAt);
    assertThat(one.lastIndexOf("\"record_id\":352964")).isGreaterThan(one.lastIndexOf("{\"type\":\""));
    for (String threads : new String[] {"2", "3"}) {
      assertThat(convert(inputs, threads)).isEqualTo(one);
    }
  }

  private String convert(String[] inputs, String threads) throws Exception {
    Path out = dir.resolve("threads-" + threads + ".jsonl");
    String[] args = new String[inputs.length + 5];
    args[0] = "convert";
    System.arraycopy(inputs, 0, args, 1, inputs.length);
    args[inputs.length + 1] = "--threads";
    args[inputs.length + 2] = threads;
    args[inputs.length + 3] = "-o";
    args[inputs.length + 4] = out.toString();
    Run r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void evtxToNormalizedEvents() throws Exception {
    Path out = dir.resolve("events.jsonl");
    Run r = run("convert", "--to", "events", SAMPLE.toString(), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).extracting(l -> l.substring(0, l.indexOf(',')))
        .containsExactly("{\"type\":\"process_start\"", "{\"type\":\"scheduled_job\"",
            "{\"type\":\"process_start\"", "{\"type\":\"process_start\"");
    assertThat(lines.get(1))
        .contains("\"name\":\"\\\\eviltask\"", "\"change\":\"registered\"",
            "\"actions\":[{\"command\":\"C:\\\\tools\\\\shell.cmd\"}]", "\"period_seconds\":60");
  }

  @Test
  void usageErrorsAndNothingReadAreExitCodes() throws Exception {
    assertThat(run("convert", "--to", "xml", SAMPLE.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("convert", "--format", "nope", SAMPLE.toString()).code()).isEqualTo(ExitCodes.USAGE);
    Path junk = Files.writeString(dir.resolve("junk.txt"), "hello\n");
    Run r = run("convert", junk.toString(), "-o", dir.resolve("x").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_READ);
    assertThat(r.err()).contains("nothing could be read").contains("not a recognised log format");
  }

  @Test
  void formatsListsEveryReaderWithItsId() {
    Run r = run("formats");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().map(l -> l.split(" +")[0]))
        .containsExactly(
            "zeek-tsv", "zeek-json", "evtx", "windows-xml", "windows-json",
            "syslog", "journald-json", "journald-export", "linux-jobs", "auditd");
  }

  @Test
  void auditLogsAsAssembledEventsOrAsEvents() throws Exception {
    Path log = Files.writeString(dir.resolve("audit.log"), String.join("\n",
        "type=SYSCALL msg=audit(1700000000.123:7): arch=c000003e syscall=59 success=yes exit=0 ppid=1 pid=2"
            + " auid=1000 uid=0 tty=pts0 comm=\"curl\" exe=\"/usr/bin/curl\" key=(null)",
        "type=EXECVE msg=audit(1700000000.123:7): argc=2 a0=\"curl\" a1=2F746D702F6120622063",
        "type=EOE msg=audit(1700000000.123:7): ", ""));
    Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\n");

    Path jsonlOut = dir.resolve("audit.jsonl");
    Run jsonl = run("convert", log.toString(), "-o", jsonlOut.toString());
    assertThat(jsonl.code()).isZero();
    assertThat(Files.readAllLines(jsonlOut)).hasSize(1);
    assertThat(Files.readString(jsonlOut))
        .contains("\"serial\":7", "\"ts\":\"2023-11-14T22:13:20.123000Z\"", "\"closed\":\"eoe\"",
            "\"argv\":[\"curl\",\"/tmp/a b c\"]", "\"type\":\"SYSCALL\"", "\"syscall\":\"execve\"");
    assertThat(jsonl.err()).contains("auditd", "3");

    Path eventsOut = dir.resolve("events.jsonl");
    Run events = run("convert", "--to", "events", "--passwd", passwd.toString(), log.toString(), "-o", eventsOut.toString());
    assertThat(events.code()).isZero();
    assertThat(Files.readString(eventsOut).strip())
        .startsWith("{\"type\":\"process_start\",\"ts\":\"2023-11-14T22:13:20.123000Z\"")
        .contains("\"pid\":2", "\"image\":\"/usr/bin/curl\"", "\"command_line\":\"curl \\\"/tmp/a b c\\\"\"",
            "\"user\":\"root\"", "\"login_user\":\"alice\"", "\"parent_pid\":1");
  }
}
