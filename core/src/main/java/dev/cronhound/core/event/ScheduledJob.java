package dev.cronhound.core.event;

import java.util.List;

/**
 * A scheduled job was registered, changed or removed (Windows: Security 4698-4702 with the task
 * definition XML, Task Scheduler Operational 106/140/141; later a cron table line, a systemd timer
 * or a launchd job). The jobs a host runs on a schedule are where T1029 exfiltration starts.
 *
 * @param tsMicros when the change was logged: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}), or null
 * @param name the job's name: the task path ({@code \Microsoft\Windows\Foo}, Windows {@code
 *     TaskName}); a launchd label or cron file + line later
 * @param change what happened to it
 * @param actor who made the change, <code>DOMAIN&#92;user</code> (Security {@code
 *     SubjectDomainName\SubjectUserName}; Task Scheduler 106 {@code UserContext}, 140/141 {@code
 *     UserName}), or null
 * @param runAs the principal it runs as (task XML {@code Principals/Principal/UserId}, e.g. a SID
 *     or <code>DOMAIN&#92;user</code>), or null when not logged
 * @param actions what it runs (task XML {@code Actions}), empty when not logged
 * @param triggers when it runs (task XML {@code Triggers}), empty when not logged
 * @param enabled whether it is enabled: TRUE for 4700, FALSE for 4701, else task XML {@code
 *     Settings/Enabled} (absent means enabled), or null when not logged
 * @param source the log record it came from, as {@code <log> <event id>}: {@code Security 4698},
 *     {@code TaskScheduler 106}
 * @param author who wrote the definition (task XML {@code RegistrationInfo/Author}), or null
 * @param runLevel the privilege it asks for (task XML {@code Principal/RunLevel}: {@code
 *     LeastPrivilege}, {@code HighestAvailable}), or null
 * @param note why the definition could not be read when it could not (malformed XML, DTD refused),
 *     else null
 * @param origin where the record was read
 */
public record ScheduledJob(
    long tsMicros,
    String host,
    String name,
    Change change,
    String actor,
    String runAs,
    List<JobAction> actions,
    List<JobTrigger> triggers,
    Boolean enabled,
    String source,
    String author,
    String runLevel,
    String note,
    Origin origin)
    implements Event {

  public ScheduledJob {
    actions = List.copyOf(actions);
    triggers = List.copyOf(triggers);
  }

  /** What happened to the job. */
  public enum Change {
    /** Created (Security 4698, Task Scheduler 106). */
    REGISTERED,
    /** Definition changed (Security 4702, Task Scheduler 140). */
    UPDATED,
    /** Removed (Security 4699, Task Scheduler 141). */
    DELETED,
    /** Enabled (Security 4700). */
    ENABLED,
    /** Disabled (Security 4701). */
    DISABLED
  }
}
