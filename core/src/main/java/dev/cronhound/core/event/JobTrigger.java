package dev.cronhound.core.event;

/**
 * When a scheduled job runs. Not an event: part of a {@link ScheduledJob}.
 *
 * @param kind what starts it: {@code time} (once, Windows {@code TimeTrigger}), {@code daily},
 *     {@code weekly}, {@code monthly} ({@code CalendarTrigger} with {@code ScheduleByDay}, {@code
 *     ScheduleByWeek}, {@code ScheduleByMonth} or {@code ScheduleByMonthDayOfWeek}), {@code
 *     calendar} (a calendar trigger without a schedule), {@code boot}, {@code logon}, {@code
 *     idle}, {@code event}, {@code registration}, {@code session}; another Windows trigger element
 *     as its lower-cased name without {@code Trigger}; {@code cron} (a crontab line, {@code
 *     @reboot} included); {@code systemd-timer} (one per {@code OnCalendar=}, {@code OnBootSec=},
 *     {@code OnUnitActiveSec=}, ... setting)
 * @param start the first start as given ({@code StartBoundary}, local time without zone as
 *     Windows writes it), or null
 * @param periodSeconds how often it repeats: the {@code Repetition/Interval} when given, else
 *     {@code DaysInterval} x 86400 or {@code WeeksInterval} x 604800; for cron and {@code
 *     OnCalendar=} the schedule's typical period ({@code CronExpression.periodSeconds()}: {@code
 *     *}{@code /15 * * * *} 900); for {@code OnUnitActiveSec=} the span; -1 when it does not repeat
 *     at a fixed period (once, boot, logon, monthly, {@code @reboot}, an unparsed calendar)
 * @param detail the rest in {@code key=value} pairs joined with {@code ;} ({@code
 *     days_of_week=Monday,Friday}, {@code repetition_duration=P1D}, <code>user=DOMAIN&#92;u</code>, {@code
 *     delay=PT30S}, {@code enabled=false}, {@code subscription=...}); cron: {@code
 *     schedule=<expression>} first (the five fields or the nickname as written), then {@code
 *     shell=}, {@code tz=}, {@code random_delay=}, {@code log=false} when set; systemd: {@code
 *     on_calendar=<spec>} (or {@code on_boot=}, {@code on_unit_active=}, ...), {@code
 *     unparsed=true}, {@code randomized_delay=}, {@code persistent=true}; or null when nothing
 */
public record JobTrigger(String kind, String start, long periodSeconds, String detail) {}
