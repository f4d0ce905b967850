package dev.cronhound.core.event;

/**
 * One HTTP request/response pair (Zeek {@code http.log}). The {@code Host} header names the real
 * destination even when the connection went to a proxy.
 *
 * @param method request method ({@code GET}, {@code POST}, {@code CONNECT}), or null
 * @param host the Host header (for CONNECT, the tunnelled host), or null
 * @param uri request target, or null
 * @param userAgent User-Agent header, or null
 * @param requestBodyBytes request body length, or -1
 * @param responseBodyBytes response body length, or -1
 * @param statusCode response status, or -1
 */
public record HttpRequest(
    long tsMicros,
    String uid,
    String srcIp,
    int srcPort,
    String dstIp,
    int dstPort,
    String method,
    String host,
    String uri,
    String userAgent,
    long requestBodyBytes,
    long responseBodyBytes,
    int statusCode,
    Origin origin)
    implements Event {}
