package dev.cronhound.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A random cron expression together with the values each field allows, worked out here from the
 * pieces drawn (not by {@link CronField}), so a test can check {@link CronExpression} against an
 * independent reading of the same text.
 */
record RandomCron(String text, List<TreeSet<Integer>> allowed, boolean eitherDay) {

  private static final int[] LOW = {0, 0, 1, 1, 0};
  private static final int[] HIGH = {59, 23, 31, 12, 7};
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

  static RandomCron draw(long seed) {
    Random r = new Random(seed);
    List<String> fields = new ArrayList<>();
    List<TreeSet<Integer>> allowed = new ArrayList<>();
    for (int f = 0; f < 5; f++) {
      TreeSet<Integer> set = new TreeSet<>();
      fields.add(field(r, f, set));
      if (f == 4 && set.remove(7)) {
        set.add(0);
      }
      allowed.add(set);
    }
    boolean either = !fields.get(2).startsWith("*") && !fields.get(4).startsWith("*");
    return new RandomCron(String.join(" ", fields), allowed, either);
  }

  private static String field(Random r, int f, TreeSet<Integer> set) {
    int items = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : 1;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      parts.add(item(r, f, set, i == 0));
    }
    return String.join(",", parts);
  }

  private static String item(Random r, int f, TreeSet<Integer> set, boolean first) {
    int lo = LOW[f];
    int hi = HIGH[f];
    switch (r.nextInt(first ? 5 : 3)) {
      case 0 -> {
        int v = lo + r.nextInt(hi - lo + 1);
        set.add(v);
        return name(r, f, v);
      }
      case 1 -> {
        int a = lo + r.nextInt(hi - lo + 1);
        int b = a + r.nextInt(hi - a + 1);
        int step = r.nextBoolean() ? 1 : 1 + r.nextInt(Math.max(1, (hi - lo) / 2));
        for (int v = a; v <= b; v += step) {
          set.add(v);
        }
        return name(r, f, a) + "-" + name(r, f, b) + (step == 1 ? "" : "/" + step);
      }
      case 2 -> {
        int v = lo + r.nextInt(hi - lo + 1);
        set.add(v);
        return Integer.toString(v);
      }
      case 3 -> {
        for (int v = lo; v <= hi; v++) {
          set.add(v);
        }
        return "*";
      }
      default -> {
        int step = 2 + r.nextInt(Math.max(1, (hi - lo) / 3));
        for (int v = lo; v <= hi; v += step) {
          set.add(v);
        }
        return "*/" + step;
      }
    }
  }

  private static String name(Random r, int f, int v) {
    if (f == 3 && r.nextBoolean()) {
      return r.nextBoolean() ? MONTHS[v - 1] : MONTHS[v - 1].toUpperCase();
    }
    if (f == 4 && v < 7 && r.nextBoolean()) {
      return DAYS[v];
    }
    return Integer.toString(v);
  }

  /** The reference reading: does the schedule fire in this minute (UTC)? */
  boolean fires(long epochMinute) {
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(epochMinute, 1440));
    int m = (int) Math.floorMod(epochMinute, 1440);
    boolean dom = allowed.get(2).contains(d.getDayOfMonth());
    boolean dow = allowed.get(4).contains(d.getDayOfWeek().getValue() % 7);
    boolean day = eitherDay ? dom || dow : dom && dow;
    return allowed.get(0).contains(m % 60)
        && allowed.get(1).contains(m / 60)
        && allowed.get(3).contains(d.getMonthValue())
        && day;
  }
}
