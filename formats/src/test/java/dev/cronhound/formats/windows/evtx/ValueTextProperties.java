package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ValueText}'s number appends equal {@link StringBuilder}'s and {@link Long#toHexString}. */
class ValueTextProperties {

  static LongStream seeds() {
    return LongStream.range(0, 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void numbersAsJavaWritesThem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ValueText text = new ValueText();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      long v = switch (i % 4) {
        case 0 -> random.nextLong();
        case 1 -> random.nextInt();
        case 2 -> random.nextLong(-1000, 1000);
        default -> random.nextLong() >>> random.nextInt(64);
      };
      text.append(v).append(',').appendHex(v).append(';');
      expected.append(v).append(',').append(Long.toHexString(v)).append(';');
    }
    assertThat(text.toString()).isEqualTo(expected.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 9, 10, -10, 15, 16, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE})
  void edges(long v) {
    assertThat(new ValueText().append(v).toString()).isEqualTo(Long.toString(v));
    assertThat(new ValueText().appendHex(v).toString()).isEqualTo(Long.toHexString(v));
  }
}
