package dev.cronhound.core.event;

/**
 * A network connection summary as a flow sensor records it (Zeek {@code conn.log}): who talked to
 * whom, when, for how long, and how many application bytes went each way.
 *
 * @param tsMicros first packet, epoch microseconds
 * @param uid sensor's connection id ({@code null} when the source has none); joins TLS/HTTP records
 * @param srcIp originator address (textual, as logged)
 * @param srcPort originator port, or -1
 * @param dstIp responder address
 * @param dstPort responder port, or -1
 * @param proto transport ({@code tcp}, {@code udp}, {@code icmp}) or {@code null}
 * @param service application protocols the sensor detected (e.g. {@code ssl,http}) or {@code null}
 * @param durationMicros connection duration, or -1 when unset
 * @param bytesOut payload bytes sent by the originator, or -1 when unset
 * @param bytesIn payload bytes sent by the responder, or -1 when unset
 * @param connState the sensor's connection state code (Zeek {@code SF}, {@code S0}, ...) or null
 * @param localOrig the sensor's own verdict that the originator is local (Zeek {@code local_orig},
 *     from its {@code Site::local_nets}), or null when the log does not say
 * @param localResp the same for the responder (Zeek {@code local_resp}), or null
 */
public record Flow(
    long tsMicros,
    String uid,
    String srcIp,
    int srcPort,
    String dstIp,
    int dstPort,
    String proto,
    String service,
    long durationMicros,
    long bytesOut,
    long bytesIn,
    String connState,
    Boolean localOrig,
    Boolean localResp,
    Origin origin)
    implements Event {

  /** The same flow without the sensor's locality verdicts (readers of logs that carry none). */
  public Flow(long tsMicros, String uid, String srcIp, int srcPort, String dstIp, int dstPort, String proto,
      String service, long durationMicros, long bytesOut, long bytesIn, String connState, Origin origin) {
    this(tsMicros, uid, srcIp, srcPort, dstIp, dstPort, proto, service, durationMicros, bytesOut, bytesIn,
        connState, null, null, origin);
  }
}
