package dev.cronhound.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The clock tests give the engine: fixed, so no result depends on the day the suite runs. {@code
 * -Dcronhound.test.clock=2027-03-01T00:00:00Z} moves it (the suite must pass at any date); {@link
 * #at} makes others.
 */
public final class TestClock {

  /** The default "now" of the suite: 2026-03-01T00:00:00Z. */
  public static final String DEFAULT = "2026-03-01T00:00:00Z";

  private TestClock() {}

  /** The suite's clock: {@code cronhound.test.clock}, else {@link #DEFAULT}. */
  public static Clock get() {
    return at(System.getProperty("cronhound.test.clock", DEFAULT));
  }

  /** A clock fixed at {@code instant} (ISO-8601, e.g. {@code 2031-07-15T00:00:00Z}). */
  public static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
