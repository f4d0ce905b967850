package dev.cronhound.core.event;

/**
 * A network connection as seen on the endpoint, attributed to the process that made or accepted it
 * (Windows: Sysmon event 3, Security 5156 from the Windows Filtering Platform; later Linux auditd
 * {@code connect}, macOS network extension logs). Unlike {@link Flow} it has no byte counts: it
 * says who connected where, and a {@link Flow} of the same endpoints says how much went.
 *
 * @param tsMicros when it was logged: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}), or null
 * @param process the process (Sysmon {@code ProcessGuid} + {@code ProcessId}; 5156 {@code
 *     ProcessID}, decimal)
 * @param image the process's executable (Sysmon {@code Image}; 5156 {@code Application}, kept as
 *     logged: a device path like {@code \device\harddiskvolume2\windows\system32\svchost.exe}), or
 *     null
 * @param user the process's account (Sysmon {@code User}), or null (5156)
 * @param protocol transport: {@code tcp}, {@code udp}, or for other protocol numbers the number as
 *     text (Sysmon {@code Protocol}; 5156 {@code Protocol} 6 and 17 named), or null
 * @param outbound true when this host initiated it (Sysmon {@code Initiated}; 5156 {@code
 *     Direction} {@code %%14593} outbound, {@code %%14592} inbound)
 * @param srcIp the initiating side's address when outbound, the local address otherwise, as logged
 *     (Sysmon {@code SourceIp}; 5156 {@code SourceAddress}), or null
 * @param srcPort its port (Sysmon {@code SourcePort}; 5156 {@code SourcePort}), or -1
 * @param dstIp the other address (Sysmon {@code DestinationIp}; 5156 {@code DestAddress}), or null
 * @param dstPort its port (Sysmon {@code DestinationPort}; 5156 {@code DestPort}), or -1
 * @param dstHostname the destination's name where the sensor resolved one (Sysmon {@code
 *     DestinationHostname}), or null
 * @param origin where the record was read
 */
public record NetworkConnection(
    long tsMicros,
    String host,
    ProcessRef process,
    String image,
    String user,
    String protocol,
    boolean outbound,
    String srcIp,
    int srcPort,
    String dstIp,
    int dstPort,
    String dstHostname,
    Origin origin)
    implements Event {}
