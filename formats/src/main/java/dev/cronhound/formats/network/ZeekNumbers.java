package dev.cronhound.formats.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Exact parsing of the numbers in Zeek logs, straight from their text: decimal seconds to
 * microseconds without going through {@code double}, unsigned counts, ports, and ISO-8601 times.
 * Every method returns {@link #INVALID} instead of throwing.
 */
final class ZeekNumbers {

  /** Returned for text that is not a valid number of the kind asked for. */
  static final long INVALID = Long.MIN_VALUE;

  /** Largest whole seconds accepted, so that microseconds fit a long (about the year 287,000). */
  private static final long MAX_SECONDS = 9_000_000_000_000L;

  private ZeekNumbers() {}

  /**
   * Decimal seconds ({@code 1692161622.036086}, {@code 0.5}, {@code -3}, {@code 120.000000}) as
   * microseconds; digits beyond the sixth decimal round half away from zero.
   */
  static long micros(byte[] b, int start, int end) {
    int i = start;
    boolean negative = i < end && b[i] == '-';
    if (negative) {
      i++;
    }
    long seconds = 0;
    int digits = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      seconds = seconds * 10 + (b[i] - '0');
      if (seconds > MAX_SECONDS) {
        return INVALID;
      }
      i++;
      digits++;
    }
    long fraction = 0;
    int places = 0;
    boolean roundUp = false;
    if (i < end && b[i] == '.') {
      i++;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        if (places < 6) {
          fraction = fraction * 10 + (b[i] - '0');
        } else if (places == 6) {
          roundUp = b[i] >= '5';
        }
        places++;
        i++;
      }
    }
    if (i != end || digits + places == 0) {
      return INVALID;
    }
    for (int p = places; p < 6; p++) {
      fraction *= 10;
    }
    long v = seconds * 1_000_000 + fraction + (roundUp ? 1 : 0);
    return negative ? -v : v;
  }

  /** Like {@link #micros(byte[], int, int)}, also accepting exponent notation ({@code 1.5e9}). */
  static long micros(String s) {
    byte[] b = new byte[s.length()];
    boolean exponent = false;
    for (int i = 0; i < b.length; i++) {
      char c = s.charAt(i);
      if (c > 0x7f) {
        return INVALID;
      }
      exponent |= c == 'e' || c == 'E';
      b[i] = (byte) c;
    }
    return exponent ? exponentMicros(s) : micros(b, 0, b.length);
  }

  private static long exponentMicros(String s) {
    try {
      BigDecimal d = new BigDecimal(s);
      if ((long) d.precision() - d.scale() > 19 || d.scale() > 1000) {
        return INVALID;
      }
      BigDecimal us = d.movePointRight(6).setScale(0, RoundingMode.HALF_UP);
      if (us.abs().compareTo(BigDecimal.valueOf(MAX_SECONDS * 1_000_000)) > 0) {
        return INVALID;
      }
      return us.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return INVALID;
    }
  }

  /** An unsigned decimal count that fits a long. */
  static long count(byte[] b, int start, int end) {
    if (start >= end || end - start > 19) {
      return INVALID;
    }
    long v = 0;
    for (int i = start; i < end; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return INVALID;
      }
      v = v * 10 + d;
    }
    return v < 0 ? INVALID : v;
  }

  /** An ISO-8601 date-time with offset ({@code 2020-04-30T00:06:38.899710Z}); none means UTC. */
  static long isoMicros(String s) {
    try {
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      OffsetDateTime odt =
          t instanceof OffsetDateTime o ? o : ((LocalDateTime) t).atOffset(ZoneOffset.UTC);
      long seconds = odt.toEpochSecond();
      if (Math.abs(seconds) > MAX_SECONDS) {
        return INVALID;
      }
      return seconds * 1_000_000 + (odt.getNano() + 500) / 1000;
    } catch (DateTimeException e) {
      return INVALID;
    }
  }
}
