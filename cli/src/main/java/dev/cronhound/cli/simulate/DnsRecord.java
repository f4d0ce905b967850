package dev.cronhound.cli.simulate;

/** A {@code dns.log} line: an A lookup a host sent to the internal resolver, and its answers. */
final class DnsRecord extends LogRecord {
  private static final byte[] UDP = ConnRecord.UDP;
  private static final byte[] C_INTERNET = ConnRecord.ascii("C_INTERNET");
  private static final byte[] QTYPE_A = ConnRecord.ascii("A");
  private static final byte[] NOERROR = ConnRecord.ascii("NOERROR");

  private final int transId;
  private final long rtt;
  private final Destination query;
  private final int rotation;

  /**
   * @param rtt microseconds between query and answer
   * @param rotation index of the first answer: the resolver rotates the address list
   */
  DnsRecord(LogRecord conn, int transId, long rtt, Destination query, int rotation) {
    super(conn, conn.ts);
    this.transId = transId;
    this.rtt = rtt;
    this.query = query;
    this.rotation = rotation;
  }

  @Override
  LogKind kind() {
    return LogKind.DNS;
  }

  @Override
  void writeDetails(FieldSink sink) {
    sink.text(UDP);
    sink.count(transId);
    sink.interval(rtt);
    sink.text(query.nameBytes());
    sink.count(1);
    sink.text(C_INTERNET);
    sink.count(1);
    sink.text(QTYPE_A);
    sink.count(0);
    sink.text(NOERROR);
    sink.bool(false);
    sink.bool(false);
    sink.bool(true);
    sink.bool(true);
    sink.count(0);
    int n = query.addressCount();
    sink.beginList();
    for (int i = 0; i < n; i++) {
      sink.item(query.addressBytes((rotation + i) % n));
    }
    sink.endList();
    sink.beginList();
    for (int i = 0; i < n; i++) {
      sink.itemInterval(query.ttlMicros());
    }
    sink.endList();
    sink.bool(false);
  }
}
