package dev.cronhound.core.correlate;

/**
 * Who a channel's connections come from, never a pid: the scheduled task and the connecting
 * process's image when a task started it, else the process identity (image, normalized command
 * line, user), which every run of the same job shares.
 *
 * @param host the host, lower case
 * @param job the task path, or null
 * @param imageName the connecting process's image file name, lower case ({@code powershell.exe})
 * @param shape the {@link dev.cronhound.core.lineage.CommandLineShape} of its command line when no
 *     task names it, else null
 * @param user its account when no task names it, else null
 */
public record InitiatorKey(String host, String job, String imageName, String shape, String user) {}
