package dev.cronhound.core.event;

import java.util.List;

/**
 * A scheduled job was registered, changed or removed (Windows: Security 4698-4702 with the task
 * definition XML, Task Scheduler Operational 106/140/141; Linux: a crontab job line or a systemd
 * timer unit, read from the definition files, always {@code REGISTERED}; later a launchd job). The
 * jobs a host runs on a schedule are where T1029 exfiltration starts.
 *
 * @param tsMicros when the change was logged: the record's TimeCreated, epoch microseconds UTC;
 *     for a crontab or timer file its last-modified time (0 when unknown, e.g. stdin)
 * @param host the host's name (Windows {@code Computer}), or null (definition files do not say)
 * @param name the job's name: the task path ({@code \Microsoft\Windows\Foo}, Windows {@code
 *     TaskName}); for cron {@code <file>:<line> <command>}; for a systemd timer the service it
 *     starts ({@code backup.service}, what a run's {@link JobRun#job} names); a launchd label later
 * @param change what happened to it
 * @param actor who made the change, <code>DOMAIN&#92;user</code> (Security {@code
 *     SubjectDomainName\SubjectUserName}; Task Scheduler 106 {@code UserContext}, 140/141 {@code
 *     UserName}), or null
 * @param runAs the principal it runs as (task XML {@code Principals/Principal/UserId}, e.g. a SID
 *     or <code>DOMAIN&#92;user</code>; cron: the user field of a system table or the owner a user
 *     table is named after; systemd: the service's {@code User=}, else {@code root}), or null when
 *     not known
 * @param actions what it runs (task XML {@code Actions}), empty when not logged
 * @param triggers when it runs (task XML {@code Triggers}), empty when not logged
 * @param enabled whether it is enabled: TRUE for 4700, FALSE for 4701, else task XML {@code
 *     Settings/Enabled} (absent means enabled), or null when not logged
 * @param source the log record it came from, as {@code <log> <event id>}: {@code Security 4698},
 *     {@code TaskScheduler 106}; or the definition's kind: {@code crontab}, {@code systemd-timer}
 * @param author who wrote the definition (task XML {@code RegistrationInfo/Author}), or null
 * @param runLevel the privilege it asks for (task XML {@code Principal/RunLevel}: {@code
 *     LeastPrivilege}, {@code HighestAvailable}), or null
 * @param note why the definition could not be read when it could not (malformed XML, DTD refused;
 *     {@code OnCalendar not parsed: ...}), a cron job's standard input ({@code stdin=...}, the text
 *     after {@code %}), else null
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
