package dev.cronhound.cli.simulate;

/**
 * When a scheduled task fires: a {@code TimeTrigger} repeating every {@code period} (ISO duration,
 * {@code PT1H}) from {@code start}, or a daily {@code CalendarTrigger} ({@code ScheduleByDay},
 * {@code DaysInterval} 1) at {@code start}'s time of day.
 *
 * @param start StartBoundary, epoch microseconds (written as local time; the estate runs on UTC)
 */
record TaskTrigger(Kind kind, long start, String period) {
  enum Kind {
    REPEATING,
    DAILY
  }

  static TaskTrigger hourly(long start) {
    return new TaskTrigger(Kind.REPEATING, start, "PT1H");
  }

  static TaskTrigger daily(long start) {
    return new TaskTrigger(Kind.DAILY, start, null);
  }

  /**
   * The first time after {@code t} that lies {@code offset} into a {@code period} counted from the
   * epoch (the estate runs on UTC): {@code firstAfter(t, DAY, 2 * HOUR)} is the next 02:00.
   */
  static long firstAfter(long t, long period, long offset) {
    long first = Math.floorDiv(t, period) * period + offset;
    return first <= t ? first + period : first;
  }

  /** Seconds between firings. */
  long periodSeconds() {
    return kind == Kind.DAILY ? 86_400 : java.time.Duration.parse(period).getSeconds();
  }

  /** The trigger as it appears in the task definition XML, indented for {@code <Triggers>}. */
  String xml(String nl) {
    String boundary = SystemTimeText.taskLocal(start);
    if (kind == Kind.REPEATING) {
      return "    <TimeTrigger>" + nl
          + "      <Repetition>" + nl
          + "        <Interval>" + period + "</Interval>" + nl
          + "        <StopAtDurationEnd>false</StopAtDurationEnd>" + nl
          + "      </Repetition>" + nl
          + "      <StartBoundary>" + boundary + "</StartBoundary>" + nl
          + "      <Enabled>true</Enabled>" + nl
          + "    </TimeTrigger>" + nl;
    }
    return "    <CalendarTrigger>" + nl
        + "      <StartBoundary>" + boundary + "</StartBoundary>" + nl
        + "      <Enabled>true</Enabled>" + nl
        + "      <ScheduleByDay>" + nl
        + "        <DaysInterval>1</DaysInterval>" + nl
        + "      </ScheduleByDay>" + nl
        + "    </CalendarTrigger>" + nl;
  }
}
