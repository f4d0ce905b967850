package dev.cronhound.core.event;

/**
 * A process ended (Windows: Sysmon event 5; later Linux auditd {@code exit_group}, macOS eslogger
 * {@code exit}).
 *
 * @param tsMicros when it ended: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}), or null
 * @param process the process that ended (Sysmon {@code ProcessGuid} + {@code ProcessId})
 * @param image its executable (Sysmon {@code Image}), or null
 * @param user the account it ran as (Sysmon {@code User}, logged from Sysmon 13 on), or null
 * @param origin where the record was read
 */
public record ProcessEnd(
    long tsMicros, String host, ProcessRef process, String image, String user, Origin origin)
    implements Event {}
