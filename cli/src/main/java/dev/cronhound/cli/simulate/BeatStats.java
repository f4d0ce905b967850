package dev.cronhound.cli.simulate;

/** What a scheduled channel actually did, for {@code truth.json}. */
final class BeatStats {
  private long beats;
  private long connections;
  private long skipped;
  private long first = Long.MIN_VALUE;
  private long last = Long.MIN_VALUE;

  void beat(long ts, int connectionsInBeat) {
    if (beats == 0) {
      first = ts;
    }
    beats++;
    connections += connectionsInBeat;
    last = ts;
  }

  /** A scheduled run that was deliberately left out. */
  void skip() {
    skipped++;
  }

  long beats() {
    return beats;
  }

  long connections() {
    return connections;
  }

  /** Skipped runs over scheduled runs (0 when nothing was scheduled). */
  double missingFraction() {
    long scheduled = beats + skipped;
    return scheduled == 0 ? 0.0 : (double) skipped / scheduled;
  }

  /** Start of the first beat in epoch microseconds, or {@link Long#MIN_VALUE} if none. */
  long first() {
    return first;
  }

  /** Start of the last beat in epoch microseconds, or {@link Long#MIN_VALUE} if none. */
  long last() {
    return last;
  }
}
