package dev.cronhound.formats.network;

import java.util.HashMap;
import java.util.Map;

/**
 * The Zeek log fields cronhound maps to events, with the names they go by (stock {@code id.orig_h}
 * and the RockNSM {@code id_orig_h}) and how their values are written.
 */
enum ZeekField {
  TS(Type.TIME, "ts"),
  UID(Type.TEXT, "uid"),
  ORIG_H(Type.SYMBOL, "id.orig_h", "id_orig_h"),
  ORIG_P(Type.PORT, "id.orig_p", "id_orig_p"),
  RESP_H(Type.SYMBOL, "id.resp_h", "id_resp_h"),
  RESP_P(Type.PORT, "id.resp_p", "id_resp_p"),
  PROTO(Type.SYMBOL, "proto"),
  SERVICE(Type.SYMBOL, "service"),
  DURATION(Type.INTERVAL, "duration"),
  ORIG_BYTES(Type.COUNT, "orig_bytes"),
  RESP_BYTES(Type.COUNT, "resp_bytes"),
  CONN_STATE(Type.SYMBOL, "conn_state"),
  /** The sensor's {@code Site::local_nets} verdict on the originator: T/F in TSV, true/false in JSON. */
  LOCAL_ORIG(Type.BOOL, "local_orig"),
  /** The same for the responder. */
  LOCAL_RESP(Type.BOOL, "local_resp"),
  QUERY(Type.SYMBOL, "query"),
  QTYPE_NAME(Type.SYMBOL, "qtype_name"),
  RCODE_NAME(Type.SYMBOL, "rcode_name"),
  ANSWERS(Type.TEXT_LIST, "answers"),
  TTLS(Type.INTERVAL_LIST, "TTLs"),
  SERVER_NAME(Type.SYMBOL, "server_name"),
  VERSION(Type.SYMBOL, "version"),
  JA3(Type.SYMBOL, "ja3"),
  METHOD(Type.SYMBOL, "method"),
  HOST(Type.SYMBOL, "host"),
  URI(Type.TEXT, "uri"),
  USER_AGENT(Type.SYMBOL, "user_agent"),
  REQUEST_BODY_LEN(Type.COUNT, "request_body_len"),
  RESPONSE_BODY_LEN(Type.COUNT, "response_body_len"),
  STATUS_CODE(Type.STATUS, "status_code"),
  /** The log stream of a JSON record: stock {@code _path} or RockNSM {@code @stream}. */
  PATH(Type.SYMBOL, "_path", "@stream");

  /** How a value is written and what it becomes. */
  enum Type {
    /** Epoch seconds with a fraction, to microseconds. */
    TIME,
    /** Seconds with a fraction, to microseconds. */
    INTERVAL,
    /** Unsigned 64-bit count. */
    COUNT,
    /** Port number, 0-65535. */
    PORT,
    /** HTTP status, a count that fits an int. */
    STATUS,
    /** Zeek {@code bool}: {@code T}/{@code F} in TSV, {@code true}/{@code false} in JSON. */
    BOOL,
    /** A string drawn from a repeating set (addresses, protocol, state, method names): cached. */
    SYMBOL,
    /** A string from a large or unbounded set (uids, URIs): not cached. */
    TEXT,
    /** A set or vector of strings. */
    TEXT_LIST,
    /** A vector of intervals, as seconds. */
    INTERVAL_LIST
  }

  private static final Map<String, ZeekField> BY_NAME = new HashMap<>();

  static {
    for (ZeekField f : values()) {
      for (String n : f.names) {
        BY_NAME.put(n, f);
      }
    }
  }

  private final Type type;
  private final String[] names;

  ZeekField(Type type, String... names) {
    this.type = type;
    this.names = names;
  }

  Type type() {
    return type;
  }

  /** The stock Zeek name, used in problem reasons. */
  String zeekName() {
    return names[0];
  }

  /** The field a log column or JSON key names, or null when cronhound does not use it. */
  static ZeekField byName(String name) {
    return BY_NAME.get(name);
  }
}
