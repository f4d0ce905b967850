package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  static final long S = 1_000_000_000L;

  long now;
  long events;
  final StringWriter err = new StringWriter();

  ProgressLine progress(boolean inPlace) {
    ProgressLine p = new ProgressLine(new PrintWriter(err), inPlace, 80, () -> now);
    p.start(() -> events);
    return p;
  }

  @Test
  void aQuickRunShowsNothing() {
    ProgressLine p = progress(true);
    p.file(1, 2, "zeek/conn.log");
    now = S;
    p.bytes(1_000_000);
    p.phase("scoring channels");
    p.done();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLongRunShowsOneLinePerSecondAndPhaseChangesAtOnce() {
    ProgressLine p = progress(false);
    p.file(1, 3, "/data/zeek/conn.log");
    now = 2 * S;
    events = 400_000;
    p.bytes(50_000_000);
    now = 2 * S + S / 2;
    events = 600_000;
    p.bytes(10_000_000);
    now = 3 * S;
    events = 800_000;
    p.bytes(10_000_000);
    p.file(2, 3, "/data/zeek/dns.log");
    now = 3 * S + S / 10;
    p.phase("scoring channels");
    p.done();
    assertThat(err.toString().lines()).containsExactly(
        "cronhound: reading 1/3 conn.log: 50.0 MB, 400,000 events, 200,000 events/s, 2 s",
        "cronhound: reading 1/3 conn.log: 70.0 MB, 800,000 events, 400,000 events/s, 3 s",
        "cronhound: scoring channels: 70.0 MB, 800,000 events, 3 s");
  }

  @Test
  void onATerminalTheLineRewritesItselfAndIsClearedAtTheEnd() {
    ProgressLine p = progress(true);
    p.file(1, 1, "conn.log\u001b[2J");
    now = 5 * S;
    p.bytes(1);
    p.done();
    assertThat(err.toString()).isEqualTo(
        "\rcronhound: reading 1/1 conn.log\\x1b[2J: 0.0 MB, 0 events, 0 events/s, 5 s\033[K\r\033[K");
  }

  @Test
  void anInPlaceLineNeverWrapsTheTerminal() {
    ProgressLine p = new ProgressLine(new PrintWriter(err), true, 40, () -> now);
    p.start(() -> 123_456_789L);
    p.file(7, 12, "a-very-long-file-name-that-goes-on.log");
    now = 3 * S;
    p.bytes(1);
    String line = err.toString();
    assertThat(line.substring(1, line.indexOf('\033'))).hasSize(39);
  }
}
