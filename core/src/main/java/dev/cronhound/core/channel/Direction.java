package dev.cronhound.core.channel;

import java.util.Locale;

/**
 * Which way a channel runs, relative to the local networks: from a local host to the internet
 * ({@code outbound}), from an outside address to a local service ({@code inbound}: a server polled
 * by its controller), or between two local hosts ({@code east-west}: internal C2, staging, relays).
 */
public enum Direction {
  OUTBOUND,
  INBOUND,
  EAST_WEST;

  /** The name used in findings, flags and the site file: {@code outbound}, {@code inbound}, {@code east-west}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The direction named by {@code id} (case-insensitive; {@code east_west} also accepted). */
  public static Direction of(String id) {
    String n = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return valueOf(n);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown direction '" + id + "' (outbound, inbound or east-west)", e);
    }
  }
}
