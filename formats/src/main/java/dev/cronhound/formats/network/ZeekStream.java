package dev.cronhound.formats.network;

import static dev.cronhound.formats.network.ZeekField.ANSWERS;
import static dev.cronhound.formats.network.ZeekField.CONN_STATE;
import static dev.cronhound.formats.network.ZeekField.DURATION;
import static dev.cronhound.formats.network.ZeekField.HOST;
import static dev.cronhound.formats.network.ZeekField.JA3;
import static dev.cronhound.formats.network.ZeekField.LOCAL_ORIG;
import static dev.cronhound.formats.network.ZeekField.LOCAL_RESP;
import static dev.cronhound.formats.network.ZeekField.METHOD;
import static dev.cronhound.formats.network.ZeekField.ORIG_BYTES;
import static dev.cronhound.formats.network.ZeekField.ORIG_H;
import static dev.cronhound.formats.network.ZeekField.ORIG_P;
import static dev.cronhound.formats.network.ZeekField.PROTO;
import static dev.cronhound.formats.network.ZeekField.QTYPE_NAME;
import static dev.cronhound.formats.network.ZeekField.QUERY;
import static dev.cronhound.formats.network.ZeekField.RCODE_NAME;
import static dev.cronhound.formats.network.ZeekField.REQUEST_BODY_LEN;
import static dev.cronhound.formats.network.ZeekField.RESPONSE_BODY_LEN;
import static dev.cronhound.formats.network.ZeekField.RESP_BYTES;
import static dev.cronhound.formats.network.ZeekField.RESP_H;
import static dev.cronhound.formats.network.ZeekField.RESP_P;
import static dev.cronhound.formats.network.ZeekField.SERVER_NAME;
import static dev.cronhound.formats.network.ZeekField.SERVICE;
import static dev.cronhound.formats.network.ZeekField.STATUS_CODE;
import static dev.cronhound.formats.network.ZeekField.TS;
import static dev.cronhound.formats.network.ZeekField.TTLS;
import static dev.cronhound.formats.network.ZeekField.UID;
import static dev.cronhound.formats.network.ZeekField.URI;
import static dev.cronhound.formats.network.ZeekField.USER_AGENT;
import static dev.cronhound.formats.network.ZeekField.VERSION;

import java.util.EnumSet;
import java.util.Set;

/** The Zeek log streams that become events, and the fields each one reads. */
enum ZeekStream {
  CONN(
      "conn",
      EnumSet.of(
          TS,
          UID,
          ORIG_H,
          ORIG_P,
          RESP_H,
          RESP_P,
          PROTO,
          SERVICE,
          DURATION,
          ORIG_BYTES,
          RESP_BYTES,
          CONN_STATE,
          LOCAL_ORIG,
          LOCAL_RESP)),
  DNS("dns", EnumSet.of(TS, UID, ORIG_H, RESP_H, QUERY, QTYPE_NAME, RCODE_NAME, ANSWERS, TTLS)),
  SSL("ssl", EnumSet.of(TS, UID, ORIG_H, ORIG_P, RESP_H, RESP_P, SERVER_NAME, VERSION, JA3)),
  HTTP(
      "http",
      EnumSet.of(
          TS,
          UID,
          ORIG_H,
          ORIG_P,
          RESP_H,
          RESP_P,
          METHOD,
          HOST,
          URI,
          USER_AGENT,
          REQUEST_BODY_LEN,
          RESPONSE_BODY_LEN,
          STATUS_CODE));

  private final String path;
  private final Set<ZeekField> fields;

  ZeekStream(String path, Set<ZeekField> fields) {
    this.path = path;
    this.fields = fields;
  }

  /** True when records of this stream read {@code field}. */
  boolean uses(ZeekField field) {
    return fields.contains(field);
  }

  /** The stream for a Zeek log path, or null when its records do not become events. */
  static ZeekStream of(String path) {
    if (path != null) {
      for (ZeekStream s : values()) {
        if (s.path.equals(path)) {
          return s;
        }
      }
    }
    return null;
  }
}
