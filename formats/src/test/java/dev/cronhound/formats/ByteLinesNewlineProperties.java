package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The word-at-a-time newline search agrees with a byte-by-byte scan on random buffers. */
class ByteLinesNewlineProperties {

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findsTheSameNewlineAsAPlainScan(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    byte[] b = new byte[rnd.nextInt(1, 200)];
    // bytes next to '\n' (0x09, 0x0b, 0x8a) and high bytes are where a word trick would slip
    byte[] alphabet = {'\n', '\t', 0x0b, (byte) 0x8a, (byte) 0xff, 0, 'a', '\r', 0x7f};
    int newlines = rnd.nextInt(4);
    for (int i = 0; i < b.length; i++) {
      byte c = alphabet[rnd.nextInt(1, alphabet.length)];
      b[i] = c;
    }
    for (int k = 0; k < newlines; k++) {
      b[rnd.nextInt(b.length)] = '\n';
    }
    int from = rnd.nextInt(b.length);
    int to = rnd.nextInt(from, b.length + 1);
    assertThat(ByteLines.indexOfNewline(b, from, to)).isEqualTo(plain(b, from, to));
  }

  private static int plain(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
