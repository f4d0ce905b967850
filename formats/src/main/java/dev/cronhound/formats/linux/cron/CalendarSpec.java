package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.schedule.CronExpression;
import dev.cronhound.core.schedule.DayRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The subset of systemd calendar events (systemd.time(7), {@code OnCalendar=}) that is a cron
 * schedule, turned into one (day fields combined by {@link DayRule#BOTH}, as systemd does).
 *
 * <p>Supported: the shorthands {@code minutely}, {@code hourly}, {@code daily}, {@code weekly},
 * {@code monthly}, {@code yearly}/{@code annually}, {@code quarterly}, {@code semiannually}; and
 * {@code [weekdays] [date] [time] [UTC]} where weekdays are names ({@code Mon}, {@code Monday})
 * in lists and {@code ..} ranges ({@code Mon..Fri}, {@code Sat,Sun}); the date is {@code *-M-D} or
 * {@code M-D} (any year); the time is {@code H:M} or {@code H:M:S} with seconds {@code 0}; each
 * month, day, hour and minute component is {@code *}, a number, a {@code ,} list, an {@code a..b}
 * range, {@code a/step} or {@code *}{@code /step}. A missing date is every day, a missing time
 * {@code 00:00:00}.
 *
 * <p>Not supported (read as unparsed, not malformed): a specific year, seconds other than 0 or
 * with steps, the last-day {@code ~} syntax, time zones other than {@code UTC}, timestamps without
 * repetition.
 */
final class CalendarSpec {

  private static final String[] WEEKDAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

  private CalendarSpec() {}

  /** The cron schedule {@code spec} describes, or null when it is outside the subset. */
  static CronExpression parse(String spec) {
    String s = spec.strip().toLowerCase(Locale.ROOT);
    String shorthand =
        switch (s) {
          case "minutely" -> "* * * * *";
          case "hourly" -> "0 * * * *";
          case "daily" -> "0 0 * * *";
          case "weekly" -> "0 0 * * mon";
          case "monthly" -> "0 0 1 * *";
          case "yearly", "annually" -> "0 0 1 1 *";
          case "quarterly" -> "0 0 1 1,4,7,10 *";
          case "semiannually" -> "0 0 1 1,7 *";
          default -> null;
        };
    try {
      if (shorthand != null) {
        return CronExpression.parse(shorthand, DayRule.BOTH);
      }
      String cron = toCron(s);
      return cron == null ? null : CronExpression.parse(cron, DayRule.BOTH);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String toCron(String s) {
    if (s.isEmpty()) {
      return null;
    }
    List<String> tokens = new ArrayList<>(List.of(s.split("\\s+")));
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("utc")) {
      tokens.remove(tokens.size() - 1);
    }
    String dow = "*";
    String month = "*";
    String dom = "*";
    String hour = "0";
    String minute = "0";
    int i = 0;
    if (i < tokens.size() && Character.isLetter(tokens.get(i).charAt(0))) {
      dow = weekdays(tokens.get(i++));
      if (dow == null) {
        return null;
      }
    }
    if (i < tokens.size() && tokens.get(i).contains("-")) {
      String[] d = tokens.get(i++).split("-", -1);
      if (d.length == 3 && !d[0].equals("*")) {
        return null;
      }
      if (d.length < 2 || d.length > 3) {
        return null;
      }
      month = component(d[d.length - 2], 12);
      dom = component(d[d.length - 1], 31);
    }
    if (i < tokens.size() && tokens.get(i).contains(":")) {
      String[] t = tokens.get(i++).split(":", -1);
      if (t.length < 2 || t.length > 3 || (t.length == 3 && !zeroSeconds(t[2]))) {
        return null;
      }
      hour = component(t[0], 23);
      minute = component(t[1], 59);
    }
    if (i != tokens.size() || month == null || dom == null || hour == null || minute == null) {
      return null;
    }
    return minute + " " + hour + " " + dom + " " + month + " " + dow;
  }

  private static boolean zeroSeconds(String s) {
    return s.matches("0+(\\.0*)?");
  }

  /** {@code a..b} -> {@code a-b}, {@code a/n} -> {@code a-max/n}; null when not supported. */
  private static String component(String c, int max) {
    List<String> out = new ArrayList<>();
    for (String item : c.split(",", -1)) {
      if (!item.matches("(\\*|\\d{1,2}(\\.\\.\\d{1,2})?)(/\\d{1,3})?")) {
        return null;
      }
      String r = item.replace("..", "-");
      int slash = r.indexOf('/');
      if (slash > 0 && !r.startsWith("*") && !r.substring(0, slash).contains("-")) {
        r = r.substring(0, slash) + "-" + max + r.substring(slash);
      }
      out.add(r);
    }
    return String.join(",", out);
  }

  private static String weekdays(String w) {
    List<String> out = new ArrayList<>();
    for (String item : w.split(",", -1)) {
      String[] ends = item.split("\\.\\.", -1);
      if (ends.length > 2) {
        return null;
      }
      List<String> names = new ArrayList<>();
      for (String e : ends) {
        String n = weekday(e);
        if (n == null) {
          return null;
        }
        names.add(n);
      }
      out.add(String.join("-", names));
    }
    return String.join(",", out);
  }

  private static String weekday(String name) {
    if (name.length() < 3) {
      return null;
    }
    for (String d : WEEKDAYS) {
      if (name.startsWith(d) && (name.length() == 3 || fullName(d).equals(name))) {
        return d;
      }
    }
    return null;
  }

  private static String fullName(String d) {
    return switch (d) {
      case "sun" -> "sunday";
      case "mon" -> "monday";
      case "tue" -> "tuesday";
      case "wed" -> "wednesday";
      case "thu" -> "thursday";
      case "fri" -> "friday";
      default -> "saturday";
    };
  }
}
