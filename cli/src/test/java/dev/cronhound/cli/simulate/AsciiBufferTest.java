package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AsciiBufferTest {
  private static String render(int capacity, Consumer<AsciiBuffer> write) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AsciiBuffer buffer = new AsciiBuffer(bytes, capacity);
    write.accept(buffer);
    buffer.drain();
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void formatsMicrosAsZeekSeconds() {
    assertThat(render(64, b -> b.putMicros(1_767_571_200_012_345L, false)))
        .isEqualTo("1767571200.012345");
    assertThat(render(64, b -> b.putMicros(1, false))).isEqualTo("0.000001");
    assertThat(render(64, b -> b.putMicros(300_000_000, false))).isEqualTo("300.000000");
    assertThat(render(64, b -> b.putMicros(300_000_000, true))).isEqualTo("300.0");
    assertThat(render(64, b -> b.putMicros(1_500_000, true))).isEqualTo("1.5");
    assertThat(render(64, b -> b.putMicros(-1_500_000, false))).isEqualTo("-1.500000");
  }

  @Test
  void formatsLongs() {
    assertThat(render(64, b -> b.putLong(0))).isEqualTo("0");
    assertThat(render(64, b -> b.putLong(-42))).isEqualTo("-42");
    assertThat(render(64, b -> b.putLong(Long.MAX_VALUE))).isEqualTo(Long.toString(Long.MAX_VALUE));
    assertThat(render(64, b -> b.putLong(Long.MIN_VALUE))).isEqualTo(Long.toString(Long.MIN_VALUE));
  }

  @Test
  void spillsAcrossTinyBuffers() {
    String text = "abcdefghijklmnopqrstuvwxyz";
    assertThat(
            render(
                4,
                b -> {
                  b.putAscii(text);
                  b.put(text.getBytes(StandardCharsets.US_ASCII));
                  b.putLong(1234567890123L);
                }))
        .isEqualTo(text + text + "1234567890123");
  }

  @Test
  void uidsAreCPlusSeventeenBase62() {
    assertThat(render(64, b -> Base62.append(b, (byte) 'C', -1L, 0L))).matches("C[0-9A-Za-z]{17}");
    assertThat(render(64, b -> Base62.append(b, (byte) 'F', 0L, 0L)))
        .isEqualTo("F00000000000000000");
  }
}
