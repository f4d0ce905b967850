package dev.cronhound.cli.simulate;

import java.util.List;

/**
 * A named external service: its DNS name, the 1-3 public addresses the name resolves to, the port
 * clients use, whether it speaks TLS, and the TTL the internal resolver hands out for it.
 */
final class Destination {
  private final int index;
  private final String name;
  private final byte[] nameBytes;
  private final List<String> addresses;
  private final byte[][] addressBytes;
  private final int port;
  private final TlsProfile tls;
  private final long ttlMicros;

  /**
   * @param index position in the scenario's destination table (used by the DNS cache)
   * @param tls how the server negotiates TLS, or {@code null} for plain HTTP
   */
  Destination(
      int index, String name, List<String> addresses, int port, TlsProfile tls, int ttlSeconds) {
    this.index = index;
    this.name = name;
    this.nameBytes = ConnRecord.ascii(name);
    this.addresses = List.copyOf(addresses);
    this.addressBytes = new byte[addresses.size()][];
    for (int i = 0; i < addressBytes.length; i++) {
      addressBytes[i] = ConnRecord.ascii(addresses.get(i));
    }
    this.port = port;
    this.tls = tls;
    this.ttlMicros = ttlSeconds * 1_000_000L;
  }

  int index() {
    return index;
  }

  String name() {
    return name;
  }

  byte[] nameBytes() {
    return nameBytes;
  }

  List<String> addresses() {
    return addresses;
  }

  int addressCount() {
    return addressBytes.length;
  }

  byte[] addressBytes(int i) {
    return addressBytes[i];
  }

  int port() {
    return port;
  }

  /** TLS profile, or {@code null} for a plain-HTTP site. */
  TlsProfile tls() {
    return tls;
  }

  long ttlMicros() {
    return ttlMicros;
  }

  @Override
  public String toString() {
    return name + addresses;
  }
}
