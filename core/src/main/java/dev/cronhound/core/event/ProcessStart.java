package dev.cronhound.core.event;

/**
 * A process was started (Windows: Sysmon event 1, Security 4688; Linux: an auditd {@code execve}
 * event; later macOS eslogger {@code exec}).
 *
 * @param tsMicros when the process started: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name as the log gives it (Windows {@code Computer}), or null
 * @param process the new process (Sysmon {@code ProcessGuid} + {@code ProcessId}; 4688 {@code
 *     NewProcessId}, hex, no GUID)
 * @param image the executable's path (Sysmon {@code Image}; 4688 {@code NewProcessName}), or null
 * @param commandLine the full command line (Sysmon / 4688 {@code CommandLine}), or null when not
 *     logged (4688 without command-line auditing)
 * @param user the account it runs as, <code>DOMAIN&#92;user</code> (Sysmon {@code User}; 4688 {@code
 *     TargetDomainName\TargetUserName} when present and not {@code -}, else {@code
 *     SubjectDomainName\SubjectUserName}; auditd {@code uid}, as a name when a passwd file is given,
 *     else the number), or null
 * @param loginUser the account that logged in and whose session the process belongs to, unchanged
 *     by {@code su}/{@code sudo}/setuid (auditd {@code auid}, the audit login uid, named like {@code
 *     user}; null when unset ({@code 4294967295})); null for Windows sources
 * @param currentDirectory working directory (Sysmon {@code CurrentDirectory}; auditd {@code CWD}), or null
 *     (4688)
 * @param parent the creating process (Sysmon {@code ParentProcessGuid} + {@code ParentProcessId};
 *     4688 {@code ProcessId}, hex)
 * @param parentImage the parent's executable (Sysmon {@code ParentImage}; 4688 {@code
 *     ParentProcessName}), or null
 * @param parentCommandLine the parent's command line (Sysmon {@code ParentCommandLine}), or null
 * @param integrityLevel the token's integrity level as a word ({@code Low}, {@code Medium}, {@code
 *     High}, {@code System}, ...; Sysmon {@code IntegrityLevel}; 4688 {@code MandatoryLabel} SID
 *     {@code S-1-16-x} translated, an unknown SID kept as logged), or null
 * @param hashes the executable's hashes as the sensor lists them ({@code
 *     SHA1=...,MD5=...,SHA256=...}; Sysmon {@code Hashes}), or null
 * @param origin where the record was read
 */
public record ProcessStart(
    long tsMicros,
    String host,
    ProcessRef process,
    String image,
    String commandLine,
    String user,
    String loginUser,
    String currentDirectory,
    ProcessRef parent,
    String parentImage,
    String parentCommandLine,
    String integrityLevel,
    String hashes,
    Origin origin)
    implements Event {}
