package dev.cronhound.formats.network;

import java.util.Collection;
import java.util.Set;

/**
 * Works out which Zeek log a file holds when the content does not say ({@code #path}, {@code
 * _path}, {@code @stream}): from the file name, else from the fields present.
 */
final class ZeekLogKind {

  /** Stock Zeek log paths recognised in file names. */
  private static final Set<String> KNOWN =
      Set.of(
          "conn",
          "dns",
          "ssl",
          "http",
          "x509",
          "files",
          "weird",
          "notice",
          "kerberos",
          "smb_mapping",
          "smb_files",
          "dce_rpc",
          "dhcp",
          "ntp",
          "ssh",
          "rdp",
          "ftp",
          "smtp",
          "sip",
          "snmp",
          "software",
          "tunnel",
          "pe",
          "analyzer",
          "packet_filter",
          "reporter",
          "stats",
          "capture_loss",
          "loaded_scripts",
          "known_hosts",
          "known_services",
          "known_certs",
          "ocsp",
          "radius",
          "mysql",
          "irc",
          "modbus",
          "dnp3",
          "socks",
          "syslog",
          "intel",
          "signatures",
          "traceroute",
          "ntlm",
          "quic",
          "ldap",
          "ldap_search",
          "websocket",
          "conn_long",
          "dpd",
          "notice_alarm",
          "weird_stats",
          "broker",
          "cluster",
          "config",
          "netcontrol",
          "telemetry");

  private ZeekLogKind() {}

  /**
   * The log path in a file name: {@code conn.log}, {@code SCRANTON_conn.log}, {@code
   * conn.2024-01-01-00-00-00.log.gz}, {@code conn.00:00:00-01:00:00.log.gz}, {@code
   * x509-known-certs.ssl.log}. The last dot- or dash-separated part that is a known log path wins
   * (a {@code SENSOR_} prefix is dropped); null when there is none.
   */
  static String fromFileName(String fileName) {
    if (fileName == null) {
      return null;
    }
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String[] parts = fileName.substring(slash + 1).split("[.\\-]");
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = parts[i];
      if (KNOWN.contains(p)) {
        return p;
      }
      for (int u = p.indexOf('_'); u >= 0; u = p.indexOf('_', u + 1)) {
        if (KNOWN.contains(p.substring(u + 1))) {
          return p.substring(u + 1);
        }
      }
    }
    return null;
  }

  /** The log path implied by the field names of a record or {@code #fields} line, or null. */
  static String fromFields(Collection<String> names) {
    if (names.contains("conn_state") || names.contains("orig_bytes")) {
      return "conn";
    }
    if (names.contains("query")) {
      return "dns";
    }
    if (names.contains("server_name") || names.contains("cipher")) {
      return "ssl";
    }
    if (names.contains("method") || names.contains("uri")) {
      return "http";
    }
    return null;
  }

  /**
   * A log path as found in the data, if it looks like one (1-64 letters, digits, {@code _ . -});
   * anything else is treated as unknown (null) so untrusted text never becomes a counter name.
   */
  static String normalize(String path) {
    if (path == null || path.isEmpty() || path.length() > 64) {
      return null;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-';
      if (!ok) {
        return null;
      }
    }
    return path;
  }
}
