package dev.cronhound.cli.simulate;

import java.nio.charset.StandardCharsets;

/** A {@code conn.log} line: one completed connection, always originated by an internal host. */
final class ConnRecord extends LogRecord {
  static final byte[] TCP = ascii("tcp");
  static final byte[] UDP = ascii("udp");
  static final byte[] SERVICE_SSL = ascii("ssl");
  static final byte[] SERVICE_HTTP = ascii("http");
  static final byte[] SERVICE_DNS = ascii("dns");
  static final byte[] SERVICE_NTP = ascii("ntp");

  private static final byte[] STATE_SF = ascii("SF");
  private static final byte[] TCP_HISTORY = ascii("ShADadFf");
  private static final byte[] UDP_HISTORY = ascii("Dd");
  private static final int MSS = 1448;
  private static final int TCP_OVERHEAD = 52;
  private static final int UDP_OVERHEAD = 28;

  private final boolean tcp;
  private final byte[] service;
  private final boolean localResp;
  private final long duration;
  private final long origBytes;
  private final long respBytes;

  /**
   * @param service detected application protocol, or {@code null} when Zeek would not know it
   * @param duration microseconds
   */
  ConnRecord(
      long ts,
      long uidHigh,
      long uidLow,
      byte[] origH,
      int origP,
      byte[] respH,
      int respP,
      boolean tcp,
      byte[] service,
      boolean localResp,
      long duration,
      long origBytes,
      long respBytes) {
    super(ts, uidHigh, uidLow, origH, origP, respH, respP);
    this.tcp = tcp;
    this.service = service;
    this.localResp = localResp;
    this.duration = duration;
    this.origBytes = origBytes;
    this.respBytes = respBytes;
  }

  /**
   * An NTP poll: client port 123 to the server's 123, one 48-byte packet each way (a UDP conn
   * record Zeek labels {@code ntp}).
   */
  static ConnRecord ntp(
      long ts, long uidHigh, long uidLow, byte[] client, byte[] server, long duration) {
    return new ConnRecord(
        ts, uidHigh, uidLow, client, 123, server, 123, false, SERVICE_NTP, false, duration, 48, 48);
  }

  /**
   * An A lookup of {@code d} sent to the internal {@code resolver} (port 53, a local responder),
   * answered after {@code rtt} with all of {@code d}'s addresses: the query is the name plus 29
   * bytes, the answer adds 16 bytes per address.
   */
  static ConnRecord dnsLookup(
      long ts,
      long uidHigh,
      long uidLow,
      byte[] origH,
      int origP,
      byte[] resolver,
      Destination d,
      long rtt) {
    long queryBytes = d.name().length() + 29L;
    return new ConnRecord(
        ts,
        uidHigh,
        uidLow,
        origH,
        origP,
        resolver,
        53,
        false,
        SERVICE_DNS,
        true,
        rtt,
        queryBytes,
        queryBytes + 16L * d.addressCount());
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  LogKind kind() {
    return LogKind.CONN;
  }

  @Override
  void writeDetails(FieldSink sink) {
    sink.text(tcp ? TCP : UDP);
    if (service == null) {
      sink.unset();
    } else {
      sink.text(service);
    }
    sink.interval(duration);
    sink.count(origBytes);
    sink.count(respBytes);
    sink.text(STATE_SF);
    sink.bool(true);
    sink.bool(localResp);
    sink.count(0);
    sink.text(tcp ? TCP_HISTORY : UDP_HISTORY);
    long origPkts;
    long respPkts;
    if (tcp) {
      // handshake + FIN/ACKs, data segments, and roughly one ACK per two segments the other way
      origPkts = 4 + (origBytes + MSS - 1) / MSS + respBytes / (2 * MSS);
      respPkts = 3 + (respBytes + MSS - 1) / MSS + origBytes / (2 * MSS);
    } else {
      origPkts = 1;
      respPkts = 1;
    }
    int overhead = tcp ? TCP_OVERHEAD : UDP_OVERHEAD;
    sink.count(origPkts);
    sink.count(origBytes + origPkts * overhead);
    sink.count(respPkts);
    sink.count(respBytes + respPkts * overhead);
    sink.unset();
  }
}
