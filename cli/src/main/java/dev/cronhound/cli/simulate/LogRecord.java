package dev.cronhound.cli.simulate;

/**
 * One line of one Zeek log. Every stock log starts with {@code ts uid id.orig_h id.orig_p id.resp_h
 * id.resp_p}; subclasses add the rest of their schema.
 */
abstract class LogRecord {
  static final byte UID_PREFIX = 'C';

  final long ts;
  final long uidHigh;
  final long uidLow;
  final byte[] origH;
  final int origP;
  final byte[] respH;
  final int respP;

  LogRecord(long ts, long uidHigh, long uidLow, byte[] origH, int origP, byte[] respH, int respP) {
    this.ts = ts;
    this.uidHigh = uidHigh;
    this.uidLow = uidLow;
    this.origH = origH;
    this.origP = origP;
    this.respH = respH;
    this.respP = respP;
  }

  /** A record of the same connection (same uid and endpoints) logged at {@code ts}. */
  LogRecord(LogRecord sameConnection, long ts) {
    this(
        ts,
        sameConnection.uidHigh,
        sameConnection.uidLow,
        sameConnection.origH,
        sameConnection.origP,
        sameConnection.respH,
        sameConnection.respP);
  }

  abstract LogKind kind();

  /** Writes the fields after the shared connection id. */
  abstract void writeDetails(FieldSink sink);

  final void writeTo(FieldSink sink) {
    sink.begin(kind());
    sink.time(ts);
    sink.id(UID_PREFIX, uidHigh, uidLow);
    sink.text(origH);
    sink.count(origP);
    sink.text(respH);
    sink.count(respP);
    writeDetails(sink);
    sink.end();
  }
}
