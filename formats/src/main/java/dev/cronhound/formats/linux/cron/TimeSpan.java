package dev.cronhound.formats.linux.cron;

import java.util.Locale;

/**
 * A systemd time span (systemd.time(7)): numbers with units, summed ({@code 1h 30min}, {@code
 * 1h30m}, {@code 2 days}, {@code 1.5h}); a bare number is seconds. Units: {@code us}/{@code usec},
 * {@code ms}/{@code msec}, {@code s}/{@code sec}/{@code second(s)}, {@code m}/{@code min}/{@code
 * minute(s)}, {@code h}/{@code hr}/{@code hour(s)}, {@code d}/{@code day(s)}, {@code w}/{@code
 * week(s)}, {@code M}/{@code month(s)} (30.44 days), {@code y}/{@code year(s)} (365.25 days).
 */
final class TimeSpan {

  private TimeSpan() {}

  /** Whole seconds of {@code text}, or -1 when it is not a time span. */
  static long seconds(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return -1;
    }
    double total = 0;
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      if (start == i) {
        return -1;
      }
      double number;
      try {
        number = Double.parseDouble(s.substring(start, i));
      } catch (NumberFormatException e) {
        return -1;
      }
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int unitStart = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      double unit = unit(s.substring(unitStart, i));
      if (unit < 0) {
        return -1;
      }
      total += number * unit;
    }
    return total > 9e15 ? -1 : (long) total;
  }

  private static double unit(String u) {
    if (u.equals("M")) {
      return 30.44 * 86400;
    }
    return switch (u.toLowerCase(Locale.ROOT)) {
      case "" , "s", "sec", "second", "seconds" -> 1;
      case "us", "usec", "\u00b5s" -> 1e-6;
      case "ms", "msec" -> 1e-3;
      case "m", "min", "minute", "minutes" -> 60;
      case "h", "hr", "hour", "hours" -> 3600;
      case "d", "day", "days" -> 86400;
      case "w", "week", "weeks" -> 604800;
      case "month", "months" -> 30.44 * 86400;
      case "y", "year", "years" -> 365.25 * 86400;
      default -> -1;
    };
  }
}
