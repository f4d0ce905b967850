package dev.cronhound.core.correlate;

import dev.cronhound.core.event.ScheduledJob;

/**
 * Why a process counts as started by a scheduled job, and which one.
 *
 * @param job the task path ({@code \Microsoft\Windows\Foo}), or null when the scheduler started it
 *     but nothing names the task
 * @param linkedBy how the link was made, for the finding: {@code TaskScheduler 129 (pid 4312)},
 *     {@code TaskScheduler 200 of parent cmd.exe (pid 5120)}, {@code scheduler lineage, task action
 *     matches}, {@code scheduler lineage}
 * @param definition the task's latest registration with its definition (4698/4702 TaskContent),
 *     else its latest registration (106), else null
 */
public record JobLink(String job, String linkedBy, ScheduledJob definition) {}
