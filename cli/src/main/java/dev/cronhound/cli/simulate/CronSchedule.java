package dev.cronhound.cli.simulate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;

/**
 * The five time fields of a crontab line (numbers, {@code *}, lists, ranges and steps, as in
 * {@code 30 1 * * *}), or {@code @reboot}: which minutes of the host clock a job runs at. As in
 * Vixie cron, when both day of month and day of week are restricted either one matching is enough.
 */
final class CronSchedule {
  static final String REBOOT = "@reboot";

  final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet days;
  private final BitSet months;
  private final BitSet weekdays;
  private final boolean anyDay;
  private final boolean anyWeekday;

  CronSchedule(String text) {
    this.text = text;
    if (text.equals(REBOOT)) {
      minutes = hours = days = months = weekdays = new BitSet();
      anyDay = anyWeekday = false;
      return;
    }
    String[] f = text.trim().split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException("not five cron fields: " + text);
    }
    minutes = field(f[0], 0, 59);
    hours = field(f[1], 0, 23);
    days = field(f[2], 1, 31);
    months = field(f[3], 1, 12);
    weekdays = field(f[4], 0, 7);
    if (weekdays.get(7)) {
      weekdays.set(0);
    }
    anyDay = f[2].equals("*");
    anyWeekday = f[4].equals("*");
  }

  boolean isReboot() {
    return text.equals(REBOOT);
  }

  /** Whether the job runs in the minute starting at {@code hostMinute} (epoch microseconds). */
  boolean matches(long hostMinute) {
    if (isReboot()) {
      return false;
    }
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(Math.floorDiv(hostMinute, TimeWindow.SECOND), 0, ZoneOffset.UTC);
    boolean day = days.get(t.getDayOfMonth());
    boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
    boolean dayMatches =
        anyDay || anyWeekday ? day && weekday : day || weekday;
    return minutes.get(t.getMinute())
        && hours.get(t.getHour())
        && months.get(t.getMonthValue())
        && dayMatches;
  }

  private static BitSet field(String text, int lo, int hi) {
    BitSet out = new BitSet(hi + 1);
    for (String part : text.split(",")) {
      int step = 1;
      String range = part;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        step = Integer.parseInt(part.substring(slash + 1));
        range = part.substring(0, slash);
      }
      int from;
      int to;
      if (range.equals("*")) {
        from = lo;
        to = hi;
      } else if (range.contains("-")) {
        from = Integer.parseInt(range.substring(0, range.indexOf('-')));
        to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
      } else {
        from = Integer.parseInt(range);
        to = slash >= 0 ? hi : from;
      }
      for (int v = from; v <= to; v += step) {
        out.set(v);
      }
    }
    return out;
  }
}
