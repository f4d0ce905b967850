package dev.cronhound.core.rhythm;

/**
 * How likely it is that random times would sit as close to a period grid as a channel's beats do:
 * the answer to "is a handful of beats a rhythm, or what chance gives for that many beats in that
 * window?". Pure function of the beat starts and the period.
 *
 * <p>Null model: the same number of beats at independent uniform times over the window, whose
 * intervals are then (nearly) exponential with median {@code P} (the period estimate is close to
 * the median interval), so {@code Pr(I / P > y) = 2^-y}. Each interval's distance to the grid is
 * {@code x = |I / P - k|}, {@code k = max(1, round(I / P))}; under the null model its distribution
 * function is
 *
 * <pre>
 *   F(x) = 2^x - 2^-x      for 0 <= x <= 1/2   (sum over k >= 1 of Pr(k - x <= I/P <= k + x))
 *   F(x) = 2^(x - 1)       for 1/2 < x <= 1    (intervals shorter than P/2: x = 1 - I/P)
 * </pre>
 *
 * so {@code u = F(x)} is uniform on [0, 1] for random beats and near 0 for beats on a grid. {@code x}
 * is floored at {@code resolutionSeconds / P} (a beat within a clock tick of the grid is on it, and
 * a perfect series does not give {@code log 0}). One interval is spent on fitting {@code P} (the
 * period is the median of the intervals near the median, so one of them is on the grid by
 * construction): the smallest {@code u} is dropped. Fisher's method combines the remaining {@code m}:
 * {@code X = -2 sum ln u_j} is chi-squared with {@code 2m} degrees of freedom under the null model,
 * and the chance of a series at least this regular is its upper tail, in closed form
 *
 * <pre>
 *   q = Pr(chi2(2m) >= X) = exp(-X/2) * sum_{i=0}^{m-1} (X/2)^i / i!
 * </pre>
 *
 * returned as {@code -log10 q} (decades of evidence against chance; 0 when there is no interval
 * left to judge). Ten random beats give about 0.4 on average and 3 or more in about one series in
 * a thousand; a 24-beat series with 5% jitter gives over 20.
 */
public final class ChanceRegularity {

  private static final double LN2 = Math.log(2);
  private static final double LN10 = Math.log(10);

  private ChanceRegularity() {}

  /**
   * {@code -log10} of the chance that random times would be at least as regular as {@code
   * startsMicros} (ascending) on the grid of {@code periodSeconds}.
   */
  public static double evidenceLog10(long[] startsMicros, double periodSeconds, double resolutionSeconds) {
    int intervals = startsMicros.length - 1;
    if (intervals < 2 || !(periodSeconds > 0)) {
      return 0;
    }
    double floor = Math.min(0.5, Math.max(1e-9, resolutionSeconds / periodSeconds));
    double sum = 0;
    double best = 0;
    for (int j = 0; j < intervals; j++) {
      double ratio = (startsMicros[j + 1] - startsMicros[j]) / 1e6 / periodSeconds;
      long k = Math.max(1, Math.round(ratio));
      double x = Math.max(floor, Math.abs(ratio - k));
      double lnU = lnF(Math.min(1, x));
      sum += lnU;
      best = Math.min(best, lnU);
    }
    int m = intervals - 1;
    double y = -(sum - best);
    return -lnUpperTail(m, y) / LN10;
  }

  /** {@code ln F(x)} of the null model (see the class comment). */
  static double lnF(double x) {
    if (x > 0.5) {
      return (x - 1) * LN2;
    }
    // 2^x - 2^-x = 2 sinh(x ln 2), accurate for small x
    return Math.log(2 * Math.sinh(x * LN2));
  }

  /**
   * {@code ln Pr(Gamma(m, 1) >= y)} = {@code ln(exp(-y) sum_{i<m} y^i / i!)}, summed in log space
   * (terms grow up to {@code i = y} and then fall, so the sum stops once they are negligible).
   */
  static double lnUpperTail(int m, double y) {
    if (m <= 0) {
      return 0;
    }
    if (y <= 0) {
      return 0;
    }
    double lnY = Math.log(y);
    double term = 0; // ln(y^0 / 0!)
    double max = 0;
    // two passes would be exact; one pass with a running log-sum-exp is enough here
    double acc = 1; // sum of exp(term_i - max)
    for (int i = 1; i < m; i++) {
      term += lnY - Math.log(i);
      if (term > max) {
        acc = acc * Math.exp(max - term) + 1;
        max = term;
      } else {
        acc += Math.exp(term - max);
        if (term < max - 40 && i > y) {
          break;
        }
      }
    }
    return Math.min(0, -y + max + Math.log(acc));
  }
}
