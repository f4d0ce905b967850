package dev.cronhound.core.event;

import java.util.List;

/**
 * A DNS query and its answers (Zeek {@code dns.log}). Answers hold addresses and names in the order
 * logged; TTLs are parallel to answers where the source gives them.
 *
 * @param clientIp the host that asked
 * @param serverIp the resolver that answered
 * @param query the name asked for, or null
 * @param qtype query type name ({@code A}, {@code AAAA}, ...) or null
 * @param rcode response code name ({@code NOERROR}, {@code NXDOMAIN}) or null
 * @param answers answer values (addresses, CNAME targets), empty when none
 * @param ttlsSeconds TTL per answer, empty when unknown
 */
public record DnsLookup(
    long tsMicros,
    String uid,
    String clientIp,
    String serverIp,
    String query,
    String qtype,
    String rcode,
    List<String> answers,
    List<Double> ttlsSeconds,
    Origin origin)
    implements Event {

  public DnsLookup {
    answers = List.copyOf(answers);
    ttlsSeconds = List.copyOf(ttlsSeconds);
  }
}
