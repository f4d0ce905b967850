package dev.cronhound.core.channel;

/**
 * What a connection was really talking to: a domain where the logs tell it, and the address it
 * names when the Host header gave an address (a proxied request to a bare IP).
 *
 * @param domain lower-case name, or null when only an address is known
 * @param address the address the name came with when it differs from the connection's responder
 *     (HTTP via a proxy to an IP literal), else null
 * @param port the port the name came with (an HTTP Host header's port, 443 for a CONNECT, 80 for
 *     other HTTP), or -1 when the connection's own port stands
 */
public record DestinationName(String domain, String address, NamedBy namedBy, int port) {}
