package dev.cronhound.cli.simulate;

/**
 * How busy people are by hour of day (UTC is local time here): 1.0 from 08:00 to 18:00 on weekdays,
 * shoulders in the morning and evening, nearly idle at night, and a small fraction of that on
 * weekends.
 */
final class Diurnal {
  private static final double[] WEEKDAY = {
    0.03, 0.02, 0.02, 0.02, 0.02, 0.04, 0.12, 0.45, 1.0, 1.0, 1.0, 1.0, 0.85, 1.0, 1.0, 1.0, 1.0,
    1.0, 0.55, 0.3, 0.25, 0.2, 0.1, 0.05
  };
  private static final double WEEKEND = 0.15;

  private Diurnal() {}

  /** Activity of the hour starting at {@code micros}, between 0 and 1. */
  static double activity(long micros) {
    double weight = WEEKDAY[TimeWindow.hourOfDay(micros)];
    return TimeWindow.weekend(micros) ? weight * WEEKEND : weight;
  }
}
