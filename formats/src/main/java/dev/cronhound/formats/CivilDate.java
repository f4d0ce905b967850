package dev.cronhound.formats;

/**
 * Year, month and day of a day count since 1970-01-01 (proleptic Gregorian, as {@link
 * java.time.LocalDate#ofEpochDay}), without objects: the time renderers call it once per value.
 * Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" ({@code civil_from_days}).
 * The result is packed in a long: {@link #year}, {@link #month} and {@link #day} take it apart.
 */
public final class CivilDate {

  private CivilDate() {}

  /** The date of {@code epochDay}, packed. */
  public static long of(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return year << 9 | month << 5 | day;
  }

  public static long year(long date) {
    return date >> 9;
  }

  public static int month(long date) {
    return (int) (date >> 5) & 15;
  }

  public static int day(long date) {
    return (int) date & 31;
  }
}
