package dev.cronhound.core.event;

/**
 * When a scheduled job runs. Not an event: part of a {@link ScheduledJob}.
 *
 * @param kind what starts it: {@code time} (once, Windows {@code TimeTrigger}), {@code daily},
 *     {@code weekly}, {@code monthly} ({@code CalendarTrigger} with {@code ScheduleByDay}, {@code
 *     ScheduleByWeek}, {@code ScheduleByMonth} or {@code ScheduleByMonthDayOfWeek}), {@code
 *     calendar} (a calendar trigger without a schedule; a cron expression later), {@code boot},
 *     {@code logon}, {@code idle}, {@code event}, {@code registration}, {@code session}; another
 *     Windows trigger element as its lower-cased name without {@code Trigger}
 * @param start the first start as given ({@code StartBoundary}, local time without zone as
 *     Windows writes it), or null
 * @param periodSeconds how often it repeats: the {@code Repetition/Interval} when given, else
 *     {@code DaysInterval} x 86400 or {@code WeeksInterval} x 604800; -1 when it does not repeat
 *     at a fixed period (once, boot, logon, monthly)
 * @param detail the rest in {@code key=value} pairs joined with {@code ;} ({@code
 *     days_of_week=Monday,Friday}, {@code repetition_duration=P1D}, <code>user=DOMAIN&#92;u</code>, {@code
 *     delay=PT30S}, {@code enabled=false}, {@code subscription=...}), or null when nothing
 */
public record JobTrigger(String kind, String start, long periodSeconds, String detail) {}
