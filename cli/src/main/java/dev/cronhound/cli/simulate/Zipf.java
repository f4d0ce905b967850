package dev.cronhound.cli.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Samples ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^s}. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, exponent);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int sample(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = i >= 0 ? i : -i - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
