package dev.cronhound.core.rhythm;

import java.util.Arrays;

/**
 * Order statistics over a sample of doubles: median, quantiles, median absolute deviation and
 * Bowley's quartile skew. Each method copies and sorts its input; callers keep their arrays.
 */
public final class Quantiles {

  private Quantiles() {}

  /**
   * The {@code q}-quantile (0..1) by linear interpolation between closest ranks (type 7, as R and
   * NumPy default). NaN for an empty sample.
   */
  public static double quantile(double[] sample, double q) {
    double[] s = sorted(sample);
    return quantileOfSorted(s, q);
  }

  public static double median(double[] sample) {
    return quantile(sample, 0.5);
  }

  /** A sorted copy, for callers that take several statistics of one sample. */
  public static double[] sortedCopy(double[] sample) {
    return sorted(sample);
  }

  /** {@link #quantile} of an already sorted sample. */
  public static double quantileOfSorted(double[] s, double q) {
    if (s.length == 0) {
      return Double.NaN;
    }
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    double frac = pos - lo;
    return s[lo] + (s[hi] - s[lo]) * frac;
  }

  /** Median absolute deviation from the median (unscaled). NaN for an empty sample. */
  public static double mad(double[] sample) {
    double m = median(sample);
    double[] dev = new double[sample.length];
    for (int i = 0; i < sample.length; i++) {
      dev[i] = Math.abs(sample[i] - m);
    }
    return median(dev);
  }

  /** {@link #mad} of an already sorted sample (one sort, of the deviations, instead of two). */
  public static double madOfSorted(double[] s) {
    double m = quantileOfSorted(s, 0.5);
    double[] dev = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      dev[i] = Math.abs(s[i] - m);
    }
    java.util.Arrays.sort(dev);
    return quantileOfSorted(dev, 0.5);
  }

  /**
   * Bowley's quartile skewness {@code (Q3 + Q1 - 2 Q2) / (Q3 - Q1)}, in [-1, 1]; 0 when the
   * interquartile range is 0 (a perfectly concentrated sample is not skewed).
   */
  public static double bowleySkew(double[] sample) {
    double[] s = sorted(sample);
    double q1 = quantileOfSorted(s, 0.25);
    double q2 = quantileOfSorted(s, 0.5);
    double q3 = quantileOfSorted(s, 0.75);
    double iqr = q3 - q1;
    if (!(iqr > 1e-12 * Math.max(1, Math.abs(q2)))) {
      return 0;
    }
    return Math.max(-1, Math.min(1, (q3 + q1 - 2 * q2) / iqr));
  }

  private static double[] sorted(double[] sample) {
    double[] s = sample.clone();
    Arrays.sort(s);
    return s;
  }
}
