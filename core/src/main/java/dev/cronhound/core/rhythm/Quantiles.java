package dev.cronhound.core.rhythm;

import java.util.Arrays;

/**
 * Order statistics over a sample of doubles: median, quantiles, median absolute deviation and
 * Bowley's quartile skew. Each method works on a copy (callers keep their arrays) and finds order
 * statistics by selection, O(n), rather than by sorting: scoring every channel of a large capture
 * is dominated by these. Selection is quickselect with a median-of-three pivot that falls back to
 * sorting the remaining range when partitioning goes badly, so crafted inputs cannot make it
 * quadratic.
 */
public final class Quantiles {

  private static final int SMALL = 16;

  private Quantiles() {}

  /**
   * The {@code q}-quantile (0..1) by linear interpolation between closest ranks (type 7, as R and
   * NumPy default). NaN for an empty sample.
   */
  public static double quantile(double[] sample, double q) {
    return quantileInPlace(sample.clone(), q);
  }

  public static double median(double[] sample) {
    return quantile(sample, 0.5);
  }

  /** Median absolute deviation from the median (unscaled). NaN for an empty sample. */
  public static double mad(double[] sample) {
    double[] work = sample.clone();
    double m = quantileInPlace(work, 0.5);
    for (int i = 0; i < work.length; i++) {
      work[i] = Math.abs(work[i] - m);
    }
    return quantileInPlace(work, 0.5);
  }

  /**
   * Bowley's quartile skewness {@code (Q3 + Q1 - 2 Q2) / (Q3 - Q1)}, in [-1, 1]; 0 when the
   * interquartile range is 0 (a perfectly concentrated sample is not skewed).
   */
  public static double bowleySkew(double[] sample) {
    double[] work = sample.clone();
    double q1 = quantileInPlace(work, 0.25);
    double q2 = quantileInPlace(work, 0.5);
    double q3 = quantileInPlace(work, 0.75);
    double iqr = q3 - q1;
    if (!(iqr > 1e-12 * Math.max(1, Math.abs(q2)))) {
      return 0;
    }
    return Math.max(-1, Math.min(1, (q3 + q1 - 2 * q2) / iqr));
  }

  /** {@link #quantile} of an already sorted sample. */
  public static double quantileOfSorted(double[] s, double q) {
    if (s.length == 0) {
      return Double.NaN;
    }
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }

  /** The {@code q}-quantile of {@code work}, which it reorders. */
  static double quantileInPlace(double[] work, double q) {
    int n = work.length;
    if (n == 0) {
      return Double.NaN;
    }
    double pos = q * (n - 1);
    int lo = (int) Math.floor(pos);
    double low = select(work, lo);
    if (lo + 1 >= n || pos == lo) {
      return low;
    }
    double high = work[lo + 1];
    for (int i = lo + 2; i < n; i++) {
      high = Math.min(high, work[i]);
    }
    return low + (high - low) * (pos - lo);
  }

  /**
   * Reorders {@code a} so that {@code a[k]} holds the k-th smallest value, everything before it is
   * no larger and everything after it no smaller; returns {@code a[k]}.
   */
  static double select(double[] a, int k) {
    int left = 0;
    int right = a.length - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 4;
    while (right - left > SMALL) {
      if (--budget < 0) {
        Arrays.sort(a, left, right + 1);
        return a[k];
      }
      int mid = (left + right) >>> 1;
      double pivot = medianOfThree(a[left], a[mid], a[right]);
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return a[k];
      }
    }
    Arrays.sort(a, left, right + 1);
    return a[k];
  }

  private static double medianOfThree(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }
}
