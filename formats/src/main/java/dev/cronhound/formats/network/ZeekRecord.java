package dev.cronhound.formats.network;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.TlsSession;
import java.util.Arrays;
import java.util.List;

/**
 * The values of one Zeek record that cronhound uses, filled field by field by either reader and
 * then turned into the event of its stream. Reused from record to record; {@link #clear()} first.
 */
final class ZeekRecord {

  /** Marks a time that the record did not carry. */
  static final long NO_TIME = Long.MIN_VALUE;

  long ts;
  private long duration;
  private long origBytes;
  private long respBytes;
  private long requestBodyLen;
  private long responseBodyLen;
  private int origPort;
  private int respPort;
  private int statusCode;
  private Boolean localOrig;
  private Boolean localResp;
  private final String[] text = new String[ZeekField.values().length];
  private List<String> answers;
  private List<Double> ttls;

  void clear() {
    ts = NO_TIME;
    duration = -1;
    origBytes = -1;
    respBytes = -1;
    requestBodyLen = -1;
    responseBodyLen = -1;
    origPort = -1;
    respPort = -1;
    statusCode = -1;
    localOrig = null;
    localResp = null;
    Arrays.fill(text, null);
    answers = List.of();
    ttls = List.of();
  }

  /** Sets a numeric field (time and interval in microseconds); the caller checked the range. */
  void setNumber(ZeekField f, long v) {
    switch (f) {
      case TS -> ts = v;
      case DURATION -> duration = v;
      case ORIG_BYTES -> origBytes = v;
      case RESP_BYTES -> respBytes = v;
      case REQUEST_BODY_LEN -> requestBodyLen = v;
      case RESPONSE_BODY_LEN -> responseBodyLen = v;
      case ORIG_P -> origPort = (int) v;
      case RESP_P -> respPort = (int) v;
      case STATUS_CODE -> statusCode = (int) v;
      default -> throw new IllegalArgumentException("not numeric: " + f);
    }
  }

  /** Sets a {@code bool} field ({@code local_orig}, {@code local_resp}). */
  void setBool(ZeekField f, boolean v) {
    switch (f) {
      case LOCAL_ORIG -> localOrig = v;
      case LOCAL_RESP -> localResp = v;
      default -> throw new IllegalArgumentException("not a bool: " + f);
    }
  }

  void setText(ZeekField f, String v) {
    text[f.ordinal()] = v;
  }

  String text(ZeekField f) {
    return text[f.ordinal()];
  }

  void setAnswers(List<String> v) {
    answers = v;
  }

  void setTtls(List<Double> v) {
    ttls = v;
  }

  /** The event of {@code stream} built from the fields set so far. */
  Event toEvent(ZeekStream stream, Origin origin) {
    String uid = text(ZeekField.UID);
    String src = text(ZeekField.ORIG_H);
    String dst = text(ZeekField.RESP_H);
    return switch (stream) {
      case CONN ->
          new Flow(
              ts,
              uid,
              src,
              origPort,
              dst,
              respPort,
              text(ZeekField.PROTO),
              text(ZeekField.SERVICE),
              duration,
              origBytes,
              respBytes,
              text(ZeekField.CONN_STATE),
              localOrig,
              localResp,
              origin);
      case DNS ->
          new DnsLookup(
              ts,
              uid,
              src,
              dst,
              text(ZeekField.QUERY),
              text(ZeekField.QTYPE_NAME),
              text(ZeekField.RCODE_NAME),
              answers,
              ttls,
              origin);
      case SSL ->
          new TlsSession(
              ts,
              uid,
              src,
              origPort,
              dst,
              respPort,
              text(ZeekField.SERVER_NAME),
              text(ZeekField.VERSION),
              text(ZeekField.JA3),
              origin);
      case HTTP ->
          new HttpRequest(
              ts,
              uid,
              src,
              origPort,
              dst,
              respPort,
              text(ZeekField.METHOD),
              text(ZeekField.HOST),
              text(ZeekField.URI),
              text(ZeekField.USER_AGENT),
              requestBodyLen,
              responseBodyLen,
              statusCode,
              origin);
    };
  }
}
