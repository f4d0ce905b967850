package dev.cronhound.core.event;

/**
 * One step of one run of a scheduled job (Windows: Task Scheduler Operational 100, 102, 129, 200,
 * 201; later cron's {@code CMD} syslog line, launchd spawn logs). The steps of one run share an
 * instance id; the {@link #pid} of a {@code PROCESS_CREATED} step joins the run to the {@link
 * ProcessStart} and the network events of the process it started.
 *
 * @param tsMicros when the step was logged: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}), or null
 * @param job the job's name ({@code TaskName}: the task path)
 * @param phase which step
 * @param instanceId the run's id (100/102 {@code InstanceId}; 200/201 {@code TaskInstanceId}),
 *     or null
 * @param action what ran: 200/201 {@code ActionName} (an image path for an Exec action, a handler
 *     name for COM), 129 {@code Path}; or null
 * @param pid the process that ran it (129 {@code ProcessID}; 200/201 {@code EnginePID}), or -1
 * @param resultCode the action's or the run's result (201 {@code ResultCode}; 102 has none), as
 *     logged (decimal), or -1
 * @param user the account the run is in (100/102 {@code UserContext}), or null
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
    /** The scheduler launched the run (Task Scheduler 100). */
    LAUNCHED,
    /** An action started (200). */
    ACTION_STARTED,
    /** An action finished (201). */
    ACTION_COMPLETED,
    /** The run finished (102). */
    COMPLETED,
    /** The scheduler created the process for an action (129). */
    PROCESS_CREATED
  }
}
