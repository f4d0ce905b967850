package dev.cronhound.core.schedule;

/** How the day-of-month and day-of-week fields combine when both are restricted. */
public enum DayRule {
  /**
   * Vixie cron (and cronie, Debian cron, busybox): when both fields are restricted a day matches
   * either; when either field starts with {@code *} (also {@code *}{@code /2}) both must match.
   */
  EITHER,
  /** systemd calendar events: a day must match both. */
  BOTH
}
