package dev.cronhound.core.analytic;

import java.util.Locale;

/** Renders periods and phases the way an analyst says them: {@code 5m}, {@code 1h30m}, {@code 7d}. */
final class PeriodText {

  private PeriodText() {}

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    long d = s / 86400;
    long h = (s % 86400) / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    StringBuilder b = new StringBuilder();
    if (d > 0) {
      b.append(d).append('d');
    }
    if (h > 0) {
      b.append(h).append('h');
    }
    if (m > 0 && d == 0) {
      b.append(m).append('m');
    }
    if (sec > 0 && d == 0 && h == 0) {
      b.append(sec).append('s');
    }
    return b.toString();
  }

  static String clockTime(double phaseSeconds) {
    long s = Math.round(phaseSeconds) % 86400;
    return String.format(Locale.ROOT, "%02d:%02d UTC", s / 3600, (s / 60) % 60);
  }
}
