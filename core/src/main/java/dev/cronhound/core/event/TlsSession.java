package dev.cronhound.core.event;

/**
 * A TLS handshake (Zeek {@code ssl.log}); its SNI names the destination of the connection with the
 * same uid.
 *
 * @param serverName the SNI the client sent, or null
 * @param version protocol version ({@code TLSv12}), or null
 * @param ja3 client fingerprint where logged, or null
 */
public record TlsSession(
    long tsMicros,
    String uid,
    String srcIp,
    int srcPort,
    String dstIp,
    int dstPort,
    String serverName,
    String version,
    String ja3,
    Origin origin)
    implements Event {}
