package dev.cronhound.formats.linux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.formats.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is counted with file and line, skipped, and the rest still read. */
class AuditBadInputTest {

  private static final String SYSCALL =
      "arch=c000003e syscall=59 success=yes exit=0 ppid=1 auid=0 uid=0 ";

  @Test
  void countsEachProblemWithItsLineAndReadsTheRest() {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    write(in, "type=SYSCALL msg=audit(1700000000.100:1): " + SYSCALL + "pid=10 comm=\"a\" exe=\"/bin/a\"");
    write(in, "type=EXECVE msg=audit(1700000000.100:1): argc=2 a0=\"a\" a1=4G6F");
    write(in, "type=EOE msg=audit(1700000000.100:1): ");
    write(in, "type=SYSCALL msg=audit(1700000000.2");
    write(in, "type=SYSCALL msg=audit(1700000001.000:2): " + SYSCALL + "pid=11 comm=\"b\" exe=\"/bin/b");
    write(in, "x".repeat(1 << 20) + "type=SYSCALL");
    write(in, "garbage \u0000\u00ff");
    write(in, "type=SOCKADDR msg=audit(1700000001.000:3): saddr=0200");
    write(in, "type=PROCTITLE msg=audit(1700000001.000:3): proctitle=ABC");
    write(in, "type=SYSCALL msg=audit(1700000005.000:4): " + SYSCALL + "pid=12 comm=\"c\" exe=\"/bin/c\"");
    write(in, "type=EXECVE msg=audit(1700000005.000:4): argc=3 a0=\"c\" a1=\"x\"");
    byte[] data = in.toByteArray();

    ReadReport report = new ReadReport();
    List<Event> events = new ArrayList<>();
    AuditReader.read(
        new ByteArrayInputStream(data), "bad.log", new AuditEventMapper(events::add, Passwd.NONE, "bad.log"), report);

    assertThat(report.problemSamples().stream().map(Object::toString).toList())
        .containsExactly(
            "bad.log:2: bad hex in EXECVE a1: \"type=EXECVE msg=audit(1700000000.100:1):...\"",
            "bad.log:4: truncated record: audit(...) stamp cut off: \"type=SYSCALL msg=audit(1700000000.2\"",
            "bad.log:5: truncated record: unterminated quoted value of exe: \"type=SYSCALL msg=audit(1700000001.000:2)...\"",
            "bad.log:6: line longer than 1048576 bytes",
            "bad.log:7: no type= field (not an audit record): \"garbage \\x00\\xc3\\xbf\"",
            "bad.log:8: truncated record: SOCKADDR saddr too short for inet (2 bytes): \"type=SOCKADDR msg=audit(1700000001.000:3...\"",
            "bad.log:9: bad hex in PROCTITLE proctitle: \"type=PROCTITLE msg=audit(1700000001.000:...\"",
            "bad.log:10: event 4 closed without EOE (end of input)",
            "bad.log:11: event 4: EXECVE argc=3 but 1 argument(s) missing");
    assertThat(report.malformedCount()).isEqualTo(9);
    assertThat(report.recordsByFormat()).containsExactly(java.util.Map.entry("auditd", 4L));
    assertThat(report.bytes()).isEqualTo(data.length);
    assertThat(events).hasSize(2);
    ProcessStart a = (ProcessStart) events.get(0);
    assertThat(a.image()).isEqualTo("/bin/a");
    assertThat(a.commandLine()).as("its EXECVE was skipped").isNull();
    ProcessStart c = (ProcessStart) events.get(1);
    assertThat(c.commandLine()).isEqualTo("c x");
    assertThat(c.origin().line()).isEqualTo(10);
  }

  @Test
  void missingEoeIsNoProblemInALogWithoutEoes() {
    String log =
        "type=SYSCALL msg=audit(1700000000.100:1): " + SYSCALL + "pid=10 comm=\"a\" exe=\"/bin/a\"\n"
            + "type=SYSCALL msg=audit(1700000003.100:2): " + SYSCALL + "pid=11 comm=\"b\" exe=\"/bin/b\"\n";
    ReadReport report = new ReadReport();
    List<AuditEvent> events = new ArrayList<>();
    AuditReader.read(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "old.log", events::add, report);
    assertThat(report.malformedCount()).isZero();
    assertThat(events).extracting(AuditEvent::closed).containsExactly(AuditEvent.Closed.TIMEOUT, AuditEvent.Closed.END);
  }

  private static void write(ByteArrayOutputStream out, String line) {
    out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
