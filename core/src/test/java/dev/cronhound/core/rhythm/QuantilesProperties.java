package dev.cronhound.core.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Selection-based order statistics equal the sorting definition, on any input shape. */
class QuantilesProperties {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static double[] sample(SplittableRandom r) {
    int n = 1 + r.nextInt(r.nextBoolean() ? 20 : 3000);
    double[] s = new double[n];
    int shape = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      s[i] = switch (shape) {
        case 0 -> r.nextDouble() * 1000;
        case 1 -> r.nextInt(5); // many ties
        case 2 -> i; // already sorted
        default -> n - i; // reversed
      };
    }
    return s;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void selectionMatchesSorting(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] s = sample(r);
    double[] sorted = s.clone();
    Arrays.sort(sorted);
    for (double q : new double[] {0, 0.25, 0.5, 0.75, 1, r.nextDouble()}) {
      assertThat(Quantiles.quantile(s, q)).isEqualTo(Quantiles.quantileOfSorted(sorted, q));
    }
    double m = Quantiles.quantileOfSorted(sorted, 0.5);
    double[] dev = Arrays.stream(s).map(v -> Math.abs(v - m)).sorted().toArray();
    assertThat(Quantiles.mad(s)).isEqualTo(Quantiles.quantileOfSorted(dev, 0.5));
    double[] copy = s.clone();
    int k = r.nextInt(s.length);
    assertThat(Quantiles.select(copy, k)).isEqualTo(sorted[k]);
    assertThat(copy).as("selection only permutes").containsExactlyInAnyOrder(s);
  }
}
