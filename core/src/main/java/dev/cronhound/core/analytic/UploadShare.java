package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.NoteNumbers;
import dev.cronhound.core.finding.ScorePart;
import java.util.Locale;

/**
 * The {@code upload} score part: how much of a channel's traffic leaves, {@code clamp((out / (out +
 * in) - 0.5) / 0.4)}: 0 at half or less (a download, a request/response heartbeat such as NTP), 1 at
 * 90% or more (an upload). Not applicable when the bytes are not known.
 */
final class UploadShare {

  private UploadShare() {}

  /** {@code what} says whose bytes were counted ("over 148 joined connections"). */
  static ScorePart part(long out, long in, double weight, String what, String unknownWhy) {
    if (out < 0 || in < 0) {
      return ScorePart.notApplicable("upload", unknownWhy);
    }
    return new ScorePart("upload", value(out, in), weight, note(out, in, what));
  }

  private static double value(long out, long in) {
    return Math.max(0, Math.min(1, (share(out, in) - 0.5) / 0.4));
  }

  /** Bytes out over all bytes; 0 when nothing moved. */
  static double share(long out, long in) {
    return out + in == 0 ? 0 : (double) out / (out + in);
  }

  static String note(long out, long in, String what) {
    double share = share(out, in);
    return String.format(Locale.ROOT, "%s out, %s in %s (%.0f%% up)", NoteNumbers.bytes(out), NoteNumbers.bytes(in),
        what, 100 * share);
  }
}
