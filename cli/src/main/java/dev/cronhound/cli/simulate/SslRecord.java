package dev.cronhound.cli.simulate;

/** An {@code ssl.log} line: the handshake summary of a TLS connection. */
final class SslRecord extends LogRecord {
  private final TlsProfile tls;
  private final byte[] serverName;
  private final boolean resumed;
  private final byte[] nextProtocol;

  /**
   * @param serverName the SNI the client sent, or {@code null} for none
   * @param nextProtocol the ALPN protocol, or {@code null} for none
   */
  SslRecord(
      LogRecord conn, TlsProfile tls, byte[] serverName, boolean resumed, byte[] nextProtocol) {
    super(conn, conn.ts);
    this.tls = tls;
    this.serverName = serverName;
    this.resumed = resumed;
    this.nextProtocol = nextProtocol;
  }

  @Override
  LogKind kind() {
    return LogKind.SSL;
  }

  @Override
  void writeDetails(FieldSink sink) {
    sink.text(tls.version());
    sink.text(tls.cipher());
    sink.text(tls.curve());
    text(sink, serverName);
    sink.bool(resumed);
    sink.unset();
    text(sink, nextProtocol);
    sink.bool(true);
    sink.text(tls.history());
    boolean certificates = tls.certFingerprint() != null && !resumed;
    if (certificates) {
      sink.beginList();
      sink.item(tls.certFingerprint());
      sink.endList();
      sink.empty();
      sink.bool(serverName != null);
    } else {
      sink.unset();
      sink.unset();
      sink.unset();
    }
  }

  private static void text(FieldSink sink, byte[] value) {
    if (value == null) {
      sink.unset();
    } else {
      sink.text(value);
    }
  }
}
