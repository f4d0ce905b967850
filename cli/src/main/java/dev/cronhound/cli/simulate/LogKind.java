package dev.cronhound.cli.simulate;

import java.nio.charset.StandardCharsets;

/** The four stock Zeek logs the simulator writes, with their exact field names and types. */
enum LogKind {
  CONN(
      "conn",
      "ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto service duration orig_bytes"
          + " resp_bytes conn_state local_orig local_resp missed_bytes history orig_pkts"
          + " orig_ip_bytes resp_pkts resp_ip_bytes tunnel_parents",
      "time string addr port addr port enum string interval count count string bool bool count"
          + " string count count count count set[string]"),
  DNS(
      "dns",
      "ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto trans_id rtt query qclass"
          + " qclass_name qtype qtype_name rcode rcode_name AA TC RD RA Z answers TTLs rejected",
      "time string addr port addr port enum count interval string count string count string"
          + " count string bool bool bool bool count vector[string] vector[interval] bool"),
  SSL(
      "ssl",
      "ts uid id.orig_h id.orig_p id.resp_h id.resp_p version cipher curve server_name resumed"
          + " last_alert next_protocol established ssl_history cert_chain_fps"
          + " client_cert_chain_fps sni_matches_cert",
      "time string addr port addr port string string string string bool string string bool"
          + " string vector[string] vector[string] bool"),
  HTTP(
      "http",
      "ts uid id.orig_h id.orig_p id.resp_h id.resp_p trans_depth method host uri referrer"
          + " version user_agent origin request_body_len response_body_len status_code"
          + " status_msg info_code info_msg tags username password proxied orig_fuids"
          + " orig_filenames orig_mime_types resp_fuids resp_filenames resp_mime_types",
      "time string addr port addr port count string string string string string string string"
          + " count count count string count string set[enum] string string set[string]"
          + " vector[string] vector[string] vector[string] vector[string] vector[string]"
          + " vector[string]");

  private final String path;
  private final String[] fields;
  private final String[] types;
  private final byte[][] jsonKeys;

  LogKind(String path, String fields, String types) {
    this.path = path;
    this.fields = fields.split(" ");
    this.types = types.split(" ");
    if (this.fields.length != this.types.length) {
      throw new IllegalStateException(path + ": fields and types differ in length");
    }
    this.jsonKeys = new byte[this.fields.length][];
    for (int i = 0; i < this.fields.length; i++) {
      jsonKeys[i] = ("\"" + this.fields[i] + "\":").getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** The Zeek {@code #path}, also the file name stem ({@code conn} for {@code conn.log}). */
  String path() {
    return path;
  }

  String[] fields() {
    return fields.clone();
  }

  String[] types() {
    return types.clone();
  }

  /** {@code "name":} for field {@code index}, ready to append to a JSON line. */
  byte[] jsonKey(int index) {
    return jsonKeys[index];
  }
}
