package dev.cronhound.core.event;

/**
 * One thing a scheduled job runs. Not an event: part of a {@link ScheduledJob}.
 *
 * @param command the program (Windows task XML {@code Actions/Exec/Command}; a COM handler action
 *     {@code Actions/ComHandler/ClassId} as {@code com:{CLSID}}; a cron line's whole shell command
 *     up to the first unescaped {@code %}, trimmed, as cron runs and logs it; the program of a
 *     systemd {@code ExecStart=}; a launchd {@code Program}), or null
 * @param arguments its arguments as one string (task XML {@code Exec/Arguments}; COM handler {@code
 *     Data}; the rest of an {@code ExecStart=} line; none for cron), or null
 * @param workingDirectory where it runs (task XML {@code Exec/WorkingDirectory}; systemd {@code
 *     WorkingDirectory=}), or null
 */
public record JobAction(String command, String arguments, String workingDirectory) {}
