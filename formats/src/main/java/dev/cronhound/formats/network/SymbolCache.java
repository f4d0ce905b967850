package dev.cronhound.formats.network;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, fixed-size cache from ASCII byte ranges to Strings, so that values that repeat from line
 * to line (addresses, protocol and state names) are decoded and allocated once. Direct-mapped: a
 * collision just replaces the slot, so memory stays bounded whatever the input.
 */
final class SymbolCache {

  private static final int SLOTS = 1 << 14;
  private static final int MAX_LENGTH = 64;

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] values = new String[SLOTS];

  /** The String of the ASCII bytes {@code [start, end)}; {@code hash} is any hash of them. */
  String get(byte[] b, int start, int end, int hash) {
    int len = end - start;
    if (len > MAX_LENGTH) {
      return new String(b, start, len, StandardCharsets.ISO_8859_1);
    }
    int slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, b, start, end)) {
      return values[slot];
    }
    String v = new String(b, start, len, StandardCharsets.ISO_8859_1);
    keys[slot] = Arrays.copyOfRange(b, start, end);
    values[slot] = v;
    return v;
  }
}
