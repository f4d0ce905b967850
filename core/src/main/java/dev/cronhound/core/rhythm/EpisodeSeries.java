package dev.cronhound.core.rhythm;

/**
 * A channel's activity as episodes (bursts of connections coalesced into one beat), sorted by start.
 * Parallel primitive arrays, one slot per episode; times in epoch microseconds; bytes summed over the
 * episode's connections (a connection with unknown bytes adds 0 and clears {@link #bytesKnown}).
 */
public record EpisodeSeries(
    long[] startMicros,
    long[] endMicros,
    long[] bytesOut,
    long[] bytesIn,
    int[] connections,
    boolean bytesKnown) {

  public int size() {
    return startMicros.length;
  }

  /** A series of single-connection episodes at the given times (for tests and simulations). */
  public static EpisodeSeries ofTimes(long[] startMicros, long[] bytesOut) {
    int n = startMicros.length;
    int[] one = new int[n];
    java.util.Arrays.fill(one, 1);
    return new EpisodeSeries(
        startMicros.clone(), startMicros.clone(), bytesOut.clone(), new long[n], one, true);
  }
}
