package dev.cronhound.formats.windows;

/**
 * Parses the ISO-8601 times Windows event forms carry into epoch microseconds UTC, truncating
 * finer digits: {@code 2019-03-18T16:57:52.4333673Z}, {@code 2020-12-19T06:59:28.410Z}, {@code
 * 2020-09-21T07:15:27+02:00}; {@code T} or a space between date and time; 0 to 9 fraction digits.
 * A time without a zone is local to some unknown machine, so {@link #micros} refuses it; {@link
 * #localMicros} reads it as if it were UTC, for callers that then correct the offset themselves.
 */
public final class WindowsTime {

  private WindowsTime() {}

  /** Epoch microseconds of an ISO time with {@code Z} or an offset, else {@link WindowsRecord#NO_TIME}. */
  public static long micros(String s) {
    return parse(s, true);
  }

  /** Epoch microseconds of a zone-less ISO time read as UTC, else {@link WindowsRecord#NO_TIME}. */
  static long localMicros(String s) {
    return parse(s, false);
  }

  private static long parse(String s, boolean zoned) {
    if (s == null) {
      return WindowsRecord.NO_TIME;
    }
    s = s.trim();
    int n = s.length();
    if (n < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return WindowsRecord.NO_TIME;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
      return WindowsRecord.NO_TIME;
    }
    int i = 19;
    long micros = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
        if (i - start < 6) {
          micros = micros * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return WindowsRecord.NO_TIME;
      }
      for (int k = count; k < 6; k++) {
        micros *= 10;
      }
    }
    long offsetSeconds;
    if (i == n) {
      if (zoned) {
        return WindowsRecord.NO_TIME;
      }
      offsetSeconds = 0;
    } else if (s.charAt(i) == 'Z' && i + 1 == n) {
      offsetSeconds = 0;
    } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && (n - i == 6 || n - i == 5)) {
      int oh = digits(s, i + 1, i + 3);
      int om = n - i == 6 ? (s.charAt(i + 3) == ':' ? digits(s, i + 4, i + 6) : -1) : digits(s, i + 3, i + 5);
      if (oh < 0 || oh > 18 || om < 0 || om > 59) {
        return WindowsRecord.NO_TIME;
      }
      offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
    } else {
      return WindowsRecord.NO_TIME;
    }
    long days = epochDay(year, month, day);
    long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return seconds * 1_000_000L + micros;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 (proleptic Gregorian), as {@link java.time.LocalDate#toEpochDay}. */
  private static long epochDay(int year, int month, int day) {
    return java.time.LocalDate.of(year, month, day).toEpochDay();
  }
}
