package dev.cronhound.cli.simulate;

/**
 * An {@code http.log} line: one request/response on a connection. Through the proxy the connection
 * goes to the proxy while {@code host} and the absolute {@code uri} name the real site.
 */
final class HttpRecord extends LogRecord {
  static final byte[] GET = ConnRecord.ascii("GET");
  static final byte[] POST = ConnRecord.ascii("POST");

  private static final byte[] VERSION = ConnRecord.ascii("1.1");
  private static final byte[] OK = ConnRecord.ascii("OK");
  private static final byte[] NO_CONTENT = ConnRecord.ascii("No Content");
  private static final byte[] MOVED = ConnRecord.ascii("Moved Permanently");
  private static final byte[] NOT_MODIFIED = ConnRecord.ascii("Not Modified");
  private static final byte[] NOT_FOUND = ConnRecord.ascii("Not Found");
  private static final byte[] OCTET_STREAM = ConnRecord.ascii("application/octet-stream");
  private static final byte FILE_PREFIX = 'F';

  private final byte[] method;
  private final byte[] host;
  private final String uri;
  private final String userAgent;
  private final long requestBodyLen;
  private final long responseBodyLen;
  private final byte[] responseMime;
  private final long fuidHigh;
  private final long fuidLow;
  private final int transDepth;
  private final int status;

  /**
   * @param responseMime MIME type of the response body
   * @param fuidHigh with {@code fuidLow}, the file id of the request body (or response body for a
   *     request without one)
   */
  HttpRecord(
      LogRecord conn,
      long ts,
      byte[] method,
      byte[] host,
      String uri,
      String userAgent,
      long requestBodyLen,
      long responseBodyLen,
      byte[] responseMime,
      long fuidHigh,
      long fuidLow) {
    this(conn, ts, 1, method, host, uri, userAgent, requestBodyLen, responseBodyLen, 200,
        responseMime, fuidHigh, fuidLow);
  }

  /**
   * @param transDepth the request's position on its keep-alive connection (1 for the first)
   * @param status the response code (200, 204, 301, 304 or 404)
   */
  HttpRecord(
      LogRecord conn,
      long ts,
      int transDepth,
      byte[] method,
      byte[] host,
      String uri,
      String userAgent,
      long requestBodyLen,
      long responseBodyLen,
      int status,
      byte[] responseMime,
      long fuidHigh,
      long fuidLow) {
    super(conn, ts);
    this.transDepth = transDepth;
    this.status = status;
    this.method = method;
    this.host = host;
    this.uri = uri;
    this.userAgent = userAgent;
    this.requestBodyLen = requestBodyLen;
    this.responseBodyLen = responseBodyLen;
    this.responseMime = responseMime;
    this.fuidHigh = fuidHigh;
    this.fuidLow = fuidLow;
  }

  @Override
  LogKind kind() {
    return LogKind.HTTP;
  }

  @Override
  void writeDetails(FieldSink sink) {
    sink.count(transDepth);
    sink.text(method);
    sink.text(host);
    sink.text(uri);
    sink.unset();
    sink.text(VERSION);
    sink.text(userAgent);
    sink.unset();
    sink.count(requestBodyLen);
    sink.count(responseBodyLen);
    sink.count(status);
    sink.text(statusMessage(status));
    sink.unset();
    sink.unset();
    sink.empty();
    sink.unset();
    sink.unset();
    sink.unset();
    boolean upload = requestBodyLen > 0;
    file(sink, upload, OCTET_STREAM);
    file(sink, !upload && responseBodyLen > 0, responseMime);
  }

  private static byte[] statusMessage(int status) {
    return switch (status) {
      case 200 -> OK;
      case 204 -> NO_CONTENT;
      case 301 -> MOVED;
      case 304 -> NOT_MODIFIED;
      case 404 -> NOT_FOUND;
      default -> throw new IllegalArgumentException("status " + status);
    };
  }

  /** Writes the {@code fuids, filenames, mime_types} triple of one direction. */
  private void file(FieldSink sink, boolean present, byte[] mime) {
    if (!present) {
      sink.unset();
      sink.unset();
      sink.unset();
      return;
    }
    sink.beginList();
    sink.itemId(FILE_PREFIX, fuidHigh, fuidLow);
    sink.endList();
    sink.unset();
    sink.beginList();
    sink.item(mime);
    sink.endList();
  }
}
