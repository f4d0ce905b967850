package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CivilDate} gives {@link LocalDate#ofEpochDay}'s year, month and day. */
class CivilDateProperties {

  static LongStream seeds() {
    return LongStream.range(0, 10);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameAsLocalDate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      long day = i % 4 == 0 ? random.nextLong(-5_000_000, 5_000_000) : random.nextLong(-1000, 50_000);
      LocalDate expected = LocalDate.ofEpochDay(day);
      long date = CivilDate.of(day);
      assertThat(new long[] {CivilDate.year(date), CivilDate.month(date), CivilDate.day(date)})
          .as("epoch day %d", day)
          .containsExactly(expected.getYear(), expected.getMonthValue(), expected.getDayOfMonth());
    }
  }
}
