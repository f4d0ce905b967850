package dev.cronhound.core.event;

/**
 * One step of one run of a scheduled job (Windows: Task Scheduler Operational 100, 102, 129, 200,
 * 201; Linux: cron's {@code CMD} line, anacron's job lines and systemd's {@code Starting}/{@code
 * Started}/{@code Finished} lines for timer-started services, from syslog or the journal; later
 * launchd spawn logs). The steps of one run share an
 * instance id; the {@link #pid} of a {@code PROCESS_CREATED} step joins the run to the {@link
 * ProcessStart} and the network events of the process it started.
 *
 * @param tsMicros when the step was logged: the record's TimeCreated (syslog: the line's stamp;
 *     journal: {@code __REALTIME_TIMESTAMP}), epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}; syslog host; journal {@code _HOSTNAME}),
 *     or null
 * @param job the job's name ({@code TaskName}: the task path; cron: the command as logged,
 *     trimmed, equal to the crontab job's action command; anacron: the job id {@code cron.daily};
 *     systemd: the service unit)
 * @param phase which step
 * @param instanceId the run's id (100/102 {@code InstanceId}; 200/201 {@code TaskInstanceId}),
 *     or null
 * @param action what ran: 200/201 {@code ActionName} (an image path for an Exec action, a handler
 *     name for COM), 129 {@code Path}; or null
 * @param pid the process that ran it (129 {@code ProcessID}; 200/201 {@code EnginePID}; cron:
 *     the pid of the {@code CMD} line, cron's grandchild that execs {@code /bin/sh -c command}, so
 *     the job's shell), or -1
 * @param resultCode the action's or the run's result (201 {@code ResultCode}; 102 has none), as
 *     logged (decimal), or -1
 * @param user the account the run is in (100/102 {@code UserContext}; cron: the parenthesized
 *     user of the {@code CMD} line), or null
 * @param origin where the record was read
 */
public record JobRun(
    long tsMicros,
    String host,
    String job,
    Phase phase,
    String instanceId,
    String action,
    long pid,
    long resultCode,
    String user,
    Origin origin)
    implements Event {

  /** The step of a run. */
  public enum Phase {
    /** The scheduler launched the run (Task Scheduler 100; anacron {@code started}; systemd {@code Starting}). */
    LAUNCHED,
    /** An action started (200; systemd {@code Started X.service}). */
    ACTION_STARTED,
    /** An action finished (201). */
    ACTION_COMPLETED,
    /** The run finished (102; anacron {@code terminated}; systemd {@code Finished}). */
    COMPLETED,
    /**
     * The scheduler created the process for an action (129; cron's {@code CMD} line, logged by the
     * process that becomes the job's shell).
     */
    PROCESS_CREATED
  }
}
