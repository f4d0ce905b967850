package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link EventJson#isoTime} (formatted by hand) equals java.time's rendering of the same instant. */
class EventJsonIsoTimeProperties {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  static LongStream seeds() {
    return LongStream.range(0, 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameAsJavaTime(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      // Mostly 1970-2100, some anywhere in years 0-9999 and beyond.
      long micros = i % 5 == 0
          ? random.nextLong(-62_167_219_200_000_000L * 2, 253_402_300_800_000_000L * 2)
          : random.nextLong(0, 4_102_444_800_000_000L);
      assertThat(EventJson.isoTime(micros)).as("micros %d", micros).isEqualTo(javaTime(micros));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 1, 951_782_400_000_000L, 1_709_164_800_999_999L, -62_167_219_200_000_000L,
      253_402_300_799_999_999L, 253_402_300_800_000_000L, -62_167_219_200_000_001L})
  void edges(long micros) {
    assertThat(EventJson.isoTime(micros)).isEqualTo(javaTime(micros));
  }

  private static String javaTime(long micros) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
    return ISO.format(LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC));
  }
}
