package dev.cronhound.formats.linux.cron;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One syslog line as written to a file or sent on the wire, in any of three shapes:
 *
 * <ul>
 *   <li>RFC 3164 (BSD, the traditional file format): {@code [<PRI>]Mmm dd hh:mm:ss host
 *       tag[pid]: message}, the day space-padded ({@code Jan  5});
 *   <li>ISO stamps (rsyslog {@code RSYSLOG_FileFormat}, syslog-ng {@code ts-format(iso)}): {@code
 *       2026-01-05T02:15:01.203151+02:00 host tag[pid]: message}; the offset as {@code Z}, {@code
 *       +hh:mm} or {@code +hhmm}, or none (then {@link SyslogTime#zone});
 *   <li>RFC 5424: {@code <PRI>1 timestamp host app-name procid msgid structured-data [message]},
 *       {@code -} for a nil field, the message optionally after a UTF-8 byte order mark.
 * </ul>
 *
 * The tag is the program name up to {@code [} or {@code :}; a line whose text after the host has
 * no tag ({@code last message repeated 2 times}) has a null ident and the whole text as message.
 *
 * @param tsMicros the stamp, epoch microseconds UTC
 * @param host the host field, or null (RFC 5424 {@code -})
 * @param ident the tag / app-name, or null
 * @param pid the pid in {@code [...]} / procid when a number, else -1
 * @param message the rest of the line
 */
record SyslogLine(long tsMicros, String host, String ident, long pid, String message) {

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  /** The line's fields, or null when it is not a syslog line of these shapes. */
  static SyslogLine parse(String line, SyslogTime time) {
    int i = 0;
    if (line.startsWith("<")) {
      int close = line.indexOf('>');
      if (close < 2 || close > 4 || !digits(line, 1, close)) {
        return null;
      }
      i = close + 1;
      if (line.startsWith("1 ", i)) {
        return rfc5424(line, i + 2, time);
      }
    }
    long[] stamp = new long[2];
    if (!bsdStamp(line, i, time, stamp) && !isoStamp(line, i, time, stamp)) {
      return null;
    }
    int hostStart = (int) stamp[1];
    int hostEnd = line.indexOf(' ', hostStart);
    if (hostEnd <= hostStart) {
      return null;
    }
    return tagged(stamp[0], line.substring(hostStart, hostEnd), line, hostEnd + 1);
  }

  private static SyslogLine tagged(long ts, String host, String line, int t) {
    int i = t;
    while (i < line.length() && line.charAt(i) != '[' && line.charAt(i) != ':' && line.charAt(i) != ' ') {
      i++;
    }
    if (i > t && i < line.length() && line.charAt(i) == '[') {
      int close = line.indexOf(']', i);
      if (close > i + 1 && close + 1 < line.length() && line.charAt(close + 1) == ':' && digits(line, i + 1, close) && close - i < 12) {
        return new SyslogLine(ts, host, line.substring(t, i), Long.parseLong(line.substring(i + 1, close)), rest(line, close + 2));
      }
    } else if (i > t && i < line.length() && line.charAt(i) == ':') {
      return new SyslogLine(ts, host, line.substring(t, i), -1, rest(line, i + 1));
    }
    return new SyslogLine(ts, host, null, -1, line.substring(Math.min(t, line.length())));
  }

  private static String rest(String line, int i) {
    return i < line.length() && line.charAt(i) == ' ' ? line.substring(i + 1) : line.substring(Math.min(i, line.length()));
  }

  private static SyslogLine rfc5424(String line, int i, SyslogTime time) {
    String[] f = new String[5];
    int p = i;
    for (int k = 0; k < 5; k++) {
      int sp = line.indexOf(' ', p);
      if (sp <= p) {
        return null;
      }
      f[k] = line.substring(p, sp);
      p = sp + 1;
    }
    long[] stamp = new long[2];
    if (!isoStamp(f[0] + " ", 0, time, stamp)) {
      return null;
    }
    int msg = structuredData(line, p);
    if (msg < 0) {
      return null;
    }
    String message = msg >= line.length() ? "" : line.substring(msg);
    if (message.startsWith("\uFEFF")) {
      message = message.substring(1);
    }
    long pid = !f[3].equals("-") && f[3].length() < 12 && digits(f[3], 0, f[3].length()) ? Long.parseLong(f[3]) : -1;
    return new SyslogLine(stamp[0], nil(f[1]), nil(f[2]), pid, message);
  }

  /** Index of the message after the structured data at {@code p}, or -1. */
  private static int structuredData(String line, int p) {
    if (line.startsWith("-", p)) {
      return p + 2;
    }
    while (p < line.length() && line.charAt(p) == '[') {
      boolean quoted = false;
      p++;
      while (p < line.length()) {
        char c = line.charAt(p);
        if (c == '\\' && quoted) {
          p += 2;
          continue;
        }
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ']' && !quoted) {
          break;
        }
        p++;
      }
      if (p >= line.length()) {
        return -1;
      }
      p++;
    }
    return p + 1;
  }

  private static String nil(String s) {
    return s.equals("-") ? null : s;
  }

  /** {@code Mmm dd hh:mm:ss } at i: stamp[0] = micros, stamp[1] = index after the blank. */
  private static boolean bsdStamp(String s, int i, SyslogTime time, long[] stamp) {
    if (s.length() < i + 16 || s.charAt(i + 3) != ' ' || s.charAt(i + 15) != ' ') {
      return false;
    }
    int month = MONTHS.indexOf(s.substring(i, i + 3));
    if (month < 0 || month % 3 != 0) {
      return false;
    }
    char d1 = s.charAt(i + 4);
    if (!(d1 == ' ' || (d1 >= '0' && d1 <= '9')) || !digits(s, i + 5, i + 6)) {
      return false;
    }
    int day = (d1 == ' ' ? 0 : d1 - '0') * 10 + s.charAt(i + 5) - '0';
    if (s.charAt(i + 6) != ' ' || !clock(s, i + 7)) {
      return false;
    }
    String host = null;
    if (time.currentYear() == 0) { // only the first stamp's host can choose the year
      int hostEnd = s.indexOf(' ', i + 16);
      host = hostEnd > i + 16 ? s.substring(i + 16, hostEnd) : null;
    }
    long t = time.withoutYear(month / 3 + 1, day, two(s, i + 7), two(s, i + 10), two(s, i + 13), host);
    if (t == -1) {
      return false;
    }
    stamp[0] = t;
    stamp[1] = i + 16;
    return true;
  }

  /** {@code YYYY-MM-DDThh:mm:ss[.frac][zone] } at i. */
  private static boolean isoStamp(String s, int i, SyslogTime time, long[] stamp) {
    if (s.length() < i + 20 || s.charAt(i + 4) != '-' || s.charAt(i + 7) != '-' || s.charAt(i + 10) != 'T'
        || !digits(s, i, i + 4) || !digits(s, i + 5, i + 7) || !digits(s, i + 8, i + 10) || !clock(s, i + 11)) {
      return false;
    }
    int p = i + 19;
    int micros = 0;
    if (s.charAt(p) == '.') {
      int start = ++p;
      while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
        if (p - start < 6) {
          micros = micros * 10 + s.charAt(p) - '0';
        }
        p++;
      }
      if (p == start) {
        return false;
      }
      for (int k = Math.min(p - start, 6); k < 6; k++) {
        micros *= 10;
      }
    }
    Integer offsetSeconds = null;
    if (p < s.length() && s.charAt(p) == 'Z') {
      offsetSeconds = 0;
      p++;
    } else if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
      int sign = s.charAt(p) == '-' ? -1 : 1;
      if (s.length() >= p + 6 && s.charAt(p + 3) == ':' && digits(s, p + 1, p + 3) && digits(s, p + 4, p + 6)) {
        offsetSeconds = sign * (two(s, p + 1) * 3600 + two(s, p + 4) * 60);
        p += 6;
      } else if (s.length() >= p + 5 && digits(s, p + 1, p + 5)) {
        offsetSeconds = sign * (two(s, p + 1) * 3600 + two(s, p + 3) * 60);
        p += 5;
      } else {
        return false;
      }
    }
    if (p >= s.length() || s.charAt(p) != ' ') {
      return false;
    }
    int y = Integer.parseInt(s.substring(i, i + 4));
    int mo = two(s, i + 5);
    int d = two(s, i + 8);
    long t;
    if (offsetSeconds == null) {
      t = time.local(y, mo, d, two(s, i + 11), two(s, i + 14), two(s, i + 17), micros);
    } else {
      try {
        if (Math.abs(offsetSeconds) > 18 * 3600) {
          return false;
        }
        t = LocalDateTime.of(y, mo, d, two(s, i + 11), two(s, i + 14), two(s, i + 17))
                .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds)) * 1_000_000L + micros;
      } catch (DateTimeException e) {
        return false;
      }
    }
    if (t == -1) {
      return false;
    }
    stamp[0] = t;
    stamp[1] = p + 1;
    return true;
  }

  private static boolean clock(String s, int i) {
    return s.length() >= i + 8 && digits(s, i, i + 2) && s.charAt(i + 2) == ':' && digits(s, i + 3, i + 5)
        && s.charAt(i + 5) == ':' && digits(s, i + 6, i + 8);
  }

  private static int two(String s, int i) {
    return (s.charAt(i) - '0') * 10 + s.charAt(i + 1) - '0';
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
