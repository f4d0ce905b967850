package dev.cronhound.core.channel;

import dev.cronhound.core.event.Flow;

/**
 * What a connection achieved, from the sensor's connection state (Zeek {@code conn_state}) and
 * payload bytes: whether it was a session that carried data both ways, or an attempt that never
 * carried any. A flow without a state (endpoint or application-log flows) is taken at its bytes.
 */
final class ConnectionOutcome {

  private ConnectionOutcome() {}

  /**
   * True for an inbound beat: an established session ({@code SF}, {@code S1}, {@code S2}, {@code
   * S3}, {@code RSTO}, {@code RSTR}) that carried payload both ways, or a flow without a state whose
   * known bytes are positive both ways (unknown bytes pass). Scanners ({@code S0}, {@code REJ}),
   * half-open and mid-stream states ({@code SH}, {@code SHR}, {@code OTH}, {@code RSTOS0}, {@code
   * RSTRH}) and empty sessions are not.
   */
  static boolean carriedPayload(Flow f) {
    String state = f.connState();
    if (state != null && !established(state)) {
      return false;
    }
    long out = f.bytesOut();
    long in = f.bytesIn();
    if (out < 0 || in < 0) {
      return state == null || out != 0 && in != 0;
    }
    return out > 0 && in > 0;
  }

  /**
   * True for a failed attempt: a connection never established ({@code S0}: no answer, {@code REJ}:
   * refused, {@code SH}/{@code SHR}: only one side's handshake, {@code RSTOS0}/{@code RSTRH}: reset
   * before the handshake completed, {@code OTH}: no handshake seen) that carried no payload either
   * way (zero or unset bytes). A one-way UDP stream ({@code S0} with bytes) is data, not an attempt.
   */
  static boolean failedAttempt(Flow f) {
    String state = f.connState();
    if (state == null || established(state)) {
      return false;
    }
    return f.bytesOut() <= 0 && f.bytesIn() <= 0;
  }

  private static boolean established(String state) {
    return switch (state) {
      case "SF", "S1", "S2", "S3", "RSTO", "RSTR" -> true;
      default -> false;
    };
  }
}
