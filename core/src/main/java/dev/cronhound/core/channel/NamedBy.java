package dev.cronhound.core.channel;

/** Which evidence named a channel's destination. */
public enum NamedBy {
  /** The TLS client hello's server name (same connection uid). */
  TLS_SNI("tls_sni"),
  /** The HTTP Host header (same connection uid); also what names the real site behind a proxy. */
  HTTP_HOST("http_host"),
  /** The endpoint's own record of the name the process asked for (Sysmon 22 answers). */
  ENDPOINT_DNS("endpoint_dns"),
  /** A DNS answer this host received for the address shortly before connecting. */
  DNS("dns"),
  /** A DNS answer some other host received for the address. */
  DNS_OTHER_CLIENT("dns_other_client"),
  /** The endpoint sensor's name for the address (Sysmon 3 {@code DestinationHostname}). */
  SENSOR_HOSTNAME("sensor_hostname"),
  /** Nothing named it: the destination is the address. */
  ADDRESS("address");

  private final String id;

  NamedBy(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
