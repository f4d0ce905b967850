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
 * @param mechanism what schedules it: {@link #WINDOWS_TASK}, {@link #CRON}, {@link #SYSTEMD_TIMER}
 */
public record JobLink(String job, String linkedBy, ScheduledJob definition, String mechanism) {

  public static final String WINDOWS_TASK = "windows-task";
  public static final String CRON = "cron";
  public static final String SYSTEMD_TIMER = "systemd-timer";

  /** The ATT&CK sub-technique of the mechanism: T1053.005, T1053.003 or T1053.006. */
  public String technique() {
    return switch (mechanism) {
      case CRON -> "T1053.003";
      case SYSTEMD_TIMER -> "T1053.006";
      default -> "T1053.005";
    };
  }
}
