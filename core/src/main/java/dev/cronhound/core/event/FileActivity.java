package dev.cronhound.core.event;

/**
 * A process created or deleted a file (Windows: Sysmon events 11, 23 and 26; later Linux auditd
 * path records, macOS eslogger {@code create}/{@code unlink}). Staging files that appear and vanish
 * around a scheduled upload are the trail this keeps.
 *
 * @param tsMicros when it was logged: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}), or null
 * @param process the acting process (Sysmon {@code ProcessGuid} + {@code ProcessId})
 * @param image its executable (Sysmon {@code Image}), or null
 * @param user its account (Sysmon {@code User}, from Sysmon 12/13 on), or null
 * @param path the file (Sysmon {@code TargetFilename}), or null
 * @param action what happened to it
 * @param origin where the record was read
 */
public record FileActivity(
    long tsMicros,
    String host,
    ProcessRef process,
    String image,
    String user,
    String path,
    Action action,
    Origin origin)
    implements Event {

  /** What happened to the file. */
  public enum Action {
    /** Created or overwritten (Sysmon 11). */
    CREATE,
    /** Deleted (Sysmon 23, archived; Sysmon 26, logged only). */
    DELETE
  }
}
