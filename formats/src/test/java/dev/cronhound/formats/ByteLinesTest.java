package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  /** Reads everything, one byte per read() call when {@code trickle}, rendering each line. */
  private static List<String> lines(byte[] data, boolean trickle) throws IOException {
    InputStream in = new ByteArrayInputStream(data);
    if (trickle) {
      InputStream base = in;
      in =
          new InputStream() {
            @Override
            public int read() throws IOException {
              return base.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
              return base.read(b, off, Math.min(len, 1));
            }
          };
    }
    ByteLines lines = new ByteLines(in);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      String text =
          lines.tooLong()
              ? "<long>"
              : new String(
                  lines.buffer(),
                  lines.start(),
                  lines.end() - lines.start(),
                  StandardCharsets.ISO_8859_1);
      out.add(lines.lineNumber() + ":" + text + (lines.terminated() ? "" : "<eof>"));
    }
    assertThat(lines.bytesRead()).isEqualTo(data.length);
    return out;
  }

  @Test
  void splitsOnNewlineDropsCarriageReturnAndFlagsTheLastLine() throws IOException {
    byte[] data = "a\r\n\nbc\nlast".getBytes(StandardCharsets.US_ASCII);
    List<String> expected = List.of("1:a", "2:", "3:bc", "4:last<eof>");

    assertThat(lines(data, false)).isEqualTo(expected);
    assertThat(lines(data, true)).isEqualTo(expected);
  }

  @Test
  void longLinesAreSkippedInBoundedMemory() throws IOException {
    int max = ByteLines.MAX_LINE;
    String data = "x".repeat(max) + "\n" + "y".repeat(3 * max) + "\nok\n" + "z".repeat(max + 1);

    List<String> out = lines(data.getBytes(StandardCharsets.US_ASCII), false);

    assertThat(out).hasSize(4);
    assertThat(out.get(0)).hasSize(max + 2);
    assertThat(out.subList(1, 4)).containsExactly("2:<long>", "3:ok", "4:<long><eof>");
  }
}
