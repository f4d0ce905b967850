package dev.cronhound.core.correlate;

import java.util.Arrays;

/**
 * One host's clock against the flow sensor, estimated from its unambiguous 5-tuple matches (a
 * connection logged once by the host, or by two of its logs within {@code ClockMaxSpread}, and
 * seen in exactly one flow): the median of the differences {@code endpoint time - flow time}, and
 * the spread around it. Differences further than {@code ClockMaxSpread} from the median are not
 * part of the spread (a port reused days apart); the median itself is robust to them.
 *
 * @param host the host, lower case
 * @param matches unambiguous matches found
 * @param used matches within {@code ClockMaxSpread} of the median
 * @param offsetMicros the median difference (the host's clock minus the sensor's); 0 when not
 *     estimated
 * @param spreadMicros the largest distance of a used match from the median; 0 when not estimated
 * @param minMatches the {@code ClockMinMatches} an estimate needed
 */
public record ClockOffset(String host, int matches, int used, long offsetMicros, long spreadMicros, int minMatches) {

  /** The estimate of {@code host} from the first {@code n} of {@code differences} (reordered). */
  static ClockOffset estimate(String host, long[] differences, int n, int minMatches, long maxSpreadMicros) {
    if (n == 0) {
      return new ClockOffset(host, 0, 0, 0, 0, minMatches);
    }
    long[] d = Arrays.copyOf(differences, n);
    Arrays.sort(d);
    long median = n % 2 == 1 ? d[n / 2] : Math.floorDiv(d[n / 2 - 1] + d[n / 2], 2);
    int used = 0;
    long spread = 0;
    for (long x : d) {
      long away = Math.abs(x - median);
      if (away <= maxSpreadMicros) {
        used++;
        spread = Math.max(spread, away);
      }
    }
    if (used < Math.max(1, minMatches)) {
      return new ClockOffset(host, n, used, 0, 0, minMatches);
    }
    return new ClockOffset(host, n, used, median, spread, minMatches);
  }

  /** Whether an offset was estimated (enough matches within {@code ClockMaxSpread} of the median). */
  public boolean estimated() {
    return used > 0 && used >= minMatches;
  }

  /**
   * How far a flow may be from a connection of this host, after the offset, and still join: the
   * spread plus {@code windowMicros} ({@code TimeWindow}); {@code windowMicros} alone without an
   * estimate.
   */
  public long toleranceMicros(long windowMicros) {
    return estimated() ? spreadMicros + windowMicros : windowMicros;
  }

  /** Why no offset was estimated, or null when one was. */
  public String reason() {
    if (estimated()) {
      return null;
    }
    if (matches == 0) {
      return "no candidate matches (no flow shares a 5-tuple with exactly one of its connections)";
    }
    return used + " unambiguous match" + (used == 1 ? "" : "es") + " within ClockMaxSpread of the median, fewer than ClockMinMatches "
        + minMatches;
  }

  /**
   * The run-summary line: {@code acct01: clock +176 s against the sensor (spread 6 s), from 110
   * matches}, or {@code acct01: no clock offset estimated: <reason>; joined at 0 s}.
   */
  public String describe() {
    if (!estimated()) {
      return host + ": no clock offset estimated: " + reason() + "; joined as logged";
    }
    return host + ": clock " + seconds(offsetMicros) + human(offsetMicros) + " against the sensor (spread "
        + Math.round(spreadMicros / 1e6) + " s), from " + used + " match" + (used == 1 ? "" : "es")
        + (used < matches ? " (" + (matches - used) + " further off left out)" : "");
  }

  private static String seconds(long micros) {
    long s = Math.round(micros / 1e6);
    return (s > 0 ? "+" : s < 0 ? "-" : "") + Math.abs(s) + " s";
  }

  private static String human(long micros) {
    double s = Math.abs(micros / 1e6);
    String sign = micros < 0 ? "-" : "+";
    if (s >= 2 * 86_400) {
      return String.format(java.util.Locale.ROOT, " (%s%.1f days)", sign, s / 86_400);
    }
    if (s >= 3600) {
      return String.format(java.util.Locale.ROOT, " (%s%.1f h)", sign, s / 3600);
    }
    return "";
  }
}
