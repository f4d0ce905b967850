package dev.cronhound.cli.simulate;

/**
 * A {@code conn.log} line of any shape a real sensor writes: either side may be local, the
 * handshake may have failed ({@code S0}, {@code REJ}, {@code RSTO}), fields may be unset, and
 * {@code local_orig}/{@code local_resp} carry the sensor's {@code Site::local_nets} verdict or are
 * unset ({@code -}) when the sensor has none configured. Used by the {@code --scenario} worlds;
 * {@link ConnRecord} stays the shape of the default simulation.
 */
final class FlowRecord extends LogRecord {
  /** How the connection went: Zeek's {@code conn_state} and {@code history}. */
  enum State {
    /** Completed TCP session (or a UDP exchange): data both ways, orderly close. */
    SF("SF", "ShADadFf", "Dd"),
    /** A SYN (or one UDP datagram) and nothing back: filtered port, dead host. */
    S0("S0", "S", "D"),
    /** A SYN answered by RST: closed port. */
    REJ("REJ", "Sr", null),
    /** A SYN scanner on an open port: SYN, SYN-ACK, then the scanner's RST. */
    RSTO("RSTO", "ShR", null);

    final byte[] code;
    final byte[] tcpHistory;
    final byte[] udpHistory;

    State(String code, String tcpHistory, String udpHistory) {
      this.code = ConnRecord.ascii(code);
      this.tcpHistory = tcpHistory == null ? null : ConnRecord.ascii(tcpHistory);
      this.udpHistory = udpHistory == null ? null : ConnRecord.ascii(udpHistory);
    }
  }

  private static final int MSS = 1448;
  private static final int TCP_OVERHEAD = 52;
  private static final int UDP_OVERHEAD = 28;

  private final boolean tcp;
  private final byte[] service;
  private final long duration;
  private final long origBytes;
  private final long respBytes;
  private final State state;
  private final Boolean localOrig;
  private final Boolean localResp;

  /**
   * @param service Zeek's detected protocol, or {@code null} (unset)
   * @param duration microseconds, or -1 for unset (a single SYN has none)
   * @param origBytes payload bytes, or -1 for unset
   * @param localOrig the sensor's verdict, or {@code null} when the sensor has no local nets
   */
  FlowRecord(
      long ts,
      long uidHigh,
      long uidLow,
      byte[] origH,
      int origP,
      byte[] respH,
      int respP,
      boolean tcp,
      byte[] service,
      long duration,
      long origBytes,
      long respBytes,
      State state,
      Boolean localOrig,
      Boolean localResp) {
    super(ts, uidHigh, uidLow, origH, origP, respH, respP);
    this.tcp = tcp;
    this.service = service;
    this.duration = duration;
    this.origBytes = origBytes;
    this.respBytes = respBytes;
    this.state = state;
    this.localOrig = localOrig;
    this.localResp = localResp;
  }

  @Override
  LogKind kind() {
    return LogKind.CONN;
  }

  long duration() {
    return duration;
  }

  State state() {
    return state;
  }

  @Override
  void writeDetails(FieldSink sink) {
    sink.text(tcp ? ConnRecord.TCP : ConnRecord.UDP);
    text(sink, service);
    if (duration < 0) {
      sink.unset();
    } else {
      sink.interval(duration);
    }
    count(sink, origBytes);
    count(sink, respBytes);
    sink.text(state.code);
    bool(sink, localOrig);
    bool(sink, localResp);
    sink.count(0);
    byte[] history = tcp ? state.tcpHistory : state.udpHistory;
    text(sink, history);
    long origPkts;
    long respPkts;
    long ob = Math.max(0, origBytes);
    long rb = Math.max(0, respBytes);
    if (!tcp) {
      origPkts = 1;
      respPkts = state == State.SF ? 1 : 0;
    } else if (state == State.SF) {
      origPkts = 4 + (ob + MSS - 1) / MSS + rb / (2 * MSS);
      respPkts = 3 + (rb + MSS - 1) / MSS + ob / (2 * MSS);
    } else if (state == State.RSTO) {
      origPkts = 2;
      respPkts = 1;
    } else if (state == State.REJ) {
      origPkts = 1;
      respPkts = 1;
    } else {
      origPkts = 1;
      respPkts = 0;
    }
    int overhead = tcp ? TCP_OVERHEAD : UDP_OVERHEAD;
    // a bare SYN is 44 bytes on the wire (40 + MSS option); a RST 40
    sink.count(origPkts);
    sink.count(tcp && state != State.SF ? origPkts * 44 - (origPkts - 1) * 4 : ob + origPkts * overhead);
    sink.count(respPkts);
    sink.count(tcp && state != State.SF ? respPkts * 40 + (state == State.RSTO ? 4 : 0) : rb + respPkts * overhead);
    sink.unset();
  }

  private static void text(FieldSink sink, byte[] value) {
    if (value == null) {
      sink.unset();
    } else {
      sink.text(value);
    }
  }

  private static void count(FieldSink sink, long value) {
    if (value < 0) {
      sink.unset();
    } else {
      sink.count(value);
    }
  }

  private static void bool(FieldSink sink, Boolean value) {
    if (value == null) {
      sink.unset();
    } else {
      sink.bool(value);
    }
  }
}
