package dev.cronhound.core.event;

import java.util.List;

/**
 * A name lookup made by a process on the endpoint (Windows: Sysmon event 22). Unlike {@link
 * DnsLookup} (seen on the wire, no process) it names the process that asked.
 *
 * @param tsMicros when it was logged: the record's TimeCreated, epoch microseconds UTC
 * @param host the host's name (Windows {@code Computer}), or null
 * @param process the asking process (Sysmon {@code ProcessGuid} + {@code ProcessId})
 * @param image its executable (Sysmon {@code Image}; may be {@code <unknown process>} as logged),
 *     or null
 * @param user its account (Sysmon {@code User}, from Sysmon 12 on), or null
 * @param query the name asked for (Sysmon {@code QueryName}), or null
 * @param status the resolver's status as logged (Sysmon {@code QueryStatus}: {@code 0} success,
 *     else a Windows DNS error code such as {@code 9003} for no such name), or null
 * @param answers the answers in logged order (Sysmon {@code QueryResults}, split at {@code ;}):
 *     addresses as text with an IPv4-mapped {@code ::ffff:a.b.c.d} written {@code a.b.c.d}, and
 *     for a record entry {@code type:  5 cname.example} its value {@code cname.example}; empty when
 *     none
 * @param origin where the record was read
 */
public record DnsQuery(
    long tsMicros,
    String host,
    ProcessRef process,
    String image,
    String user,
    String query,
    String status,
    List<String> answers,
    Origin origin)
    implements Event {

  public DnsQuery {
    answers = List.copyOf(answers);
  }
}
