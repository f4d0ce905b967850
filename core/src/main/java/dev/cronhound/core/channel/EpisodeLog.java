package dev.cronhound.core.channel;

import java.util.Arrays;

/**
 * The closed episodes of all of one table's channels, appended in arrival order to one log of
 * fixed-size chunks; each entry links back to its channel's previous entry, so a channel is read
 * by walking its chain from the newest entry it holds.
 *
 * <p>Why not an array per channel: with tens of thousands of channels, appending to the channel's
 * own array is a cache miss on that array's header and another on its tail, in the middle of a
 * per-flow path that hides neither, plus a copy each time the array doubles. Appending to one
 * log is a streaming store. On the 1 GB benchmark log (3.3 million episodes over 37 000 channels)
 * the per-channel arrays cost about 1.3 s of 6.8 s on one core (bench/README.md). Reading walks
 * a chain (a dependent load per episode), which only the channels an analytic scores pay.
 *
 * <p>Memory: 48 bytes an episode, in chunks of {@link #CHUNK} episodes (3 MiB), no slack beyond
 * the last chunk and nothing copied as it grows. Not thread-safe, like the table that owns it.
 */
final class EpisodeLog {

  /** The index of no entry: the link of a channel's first episode. */
  static final long NONE = -1;

  /** Episodes per chunk (a power of two). */
  static final int CHUNK = 1 << 16;

  private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);
  private static final int STRIDE = 6;
  private static final int START = 0;
  private static final int END = 1;
  private static final int OUT = 2;
  private static final int IN = 3;
  private static final int CONNS = 4;
  private static final int PREVIOUS = 5;

  private long[][] chunks = new long[16][];
  private long size;
  /** The chunk being filled, and the offset of the next entry in it. */
  private long[] tail;
  private int tailAt = CHUNK * STRIDE;

  /** Appends an episode whose channel's previous entry is {@code previous}; returns its index. */
  long append(long previous, long start, long end, long out, long in, long conns) {
    if (tailAt == CHUNK * STRIDE) {
      int c = (int) (size >>> SHIFT);
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      tail = chunks[c] = new long[CHUNK * STRIDE];
      tailAt = 0;
    }
    long[] t = tail;
    int at = tailAt;
    t[at + START] = start;
    t[at + END] = end;
    t[at + OUT] = out;
    t[at + IN] = in;
    t[at + CONNS] = conns;
    t[at + PREVIOUS] = previous;
    tailAt = at + STRIDE;
    return size++;
  }

  /**
   * Fills positions {@code [0, n)} of the arrays, oldest first, with the chain of {@code n}
   * episodes that ends at entry {@code last}.
   */
  void read(long last, int n, long[] start, long[] end, long[] out, long[] in, int[] conns) {
    long at = last;
    for (int k = n - 1; k >= 0; k--) {
      long[] chunk = chunks[(int) (at >>> SHIFT)];
      int o = (int) (at & (CHUNK - 1)) * STRIDE;
      start[k] = chunk[o + START];
      end[k] = chunk[o + END];
      out[k] = chunk[o + OUT];
      in[k] = chunk[o + IN];
      conns[k] = (int) Math.min(Integer.MAX_VALUE, chunk[o + CONNS]);
      at = chunk[o + PREVIOUS];
    }
  }

  /** Episodes held. */
  long size() {
    return size;
  }
}
