package dev.cronhound.cli.simulate;

/**
 * Receives the fields of one log record in schema order. The TSV and JSON renderings differ only in
 * how each typed value is spelled, so records describe themselves once against this interface.
 */
interface FieldSink {
  void begin(LogKind kind);

  void end();

  /** A {@code time} value (epoch microseconds). */
  void time(long micros);

  /** A Zeek id such as a connection uid: prefix letter plus 17 base62 characters. */
  void id(byte prefix, long high, long low);

  /** A {@code string}, {@code enum} or {@code addr} value, pre-encoded as ASCII. */
  void text(byte[] ascii);

  /** A {@code string} value known to be ASCII. */
  void text(String ascii);

  /** A {@code count} or {@code port} value. */
  void count(long value);

  /** An {@code interval} value in microseconds. */
  void interval(long micros);

  void bool(boolean value);

  /** An unset ({@code -}) field; JSON omits it. */
  void unset();

  /** An empty set or vector ({@code (empty)} / {@code []}). */
  void empty();

  /** Starts a non-empty set or vector; follow with items and {@link #endList()}. */
  void beginList();

  void item(byte[] ascii);

  void itemInterval(long micros);

  /** A Zeek id (such as a file id) as a list item. */
  void itemId(byte prefix, long high, long low);

  void endList();
}
