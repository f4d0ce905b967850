package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.NoteNumbers;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.rhythm.EpisodeSeries;
import dev.cronhound.core.rhythm.Quantiles;

/**
 * The {@code download} multiplier: lowers a channel that mostly receives large or varying answers
 * (an update check, a download), not a heartbeat whose replies are small and steady.
 *
 * <p>{@code d = clamp((0.5 - out / (out + in)) / 0.3)}; with {@code a} the bytes received per beat,
 * the answers are steady when {@code median(a) <= BeaconDownloadSmallAnswerBytes} and {@code MAD(a) /
 * median(a) <= BeaconDownloadSteadyAnswerMad}. Value {@code 1} when bytes are unset, when {@code d =
 * 0} or when the answers are steady; else {@code 1 - BeaconDownloadDiscount * d}.
 */
final class DownloadShape {

  private DownloadShape() {}

  static ScorePart part(long out, long in, EpisodeSeries beats, BeaconTunables t) {
    if (out < 0 || in < 0) {
      return ScorePart.multiplier("download", 1, "bytes unset in the flow log for some connections: not weighed");
    }
    double d = Math.max(0, Math.min(1, (0.5 - UploadShare.share(out, in)) / 0.3));
    String bytes = UploadShare.note(out, in, "over the channel");
    if (d == 0) {
      return ScorePart.multiplier("download", 1, bytes);
    }
    double[] answers = new double[beats.size()];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = beats.bytesIn()[i];
    }
    double median = answers.length == 0 ? 0 : Quantiles.median(answers);
    double mad = answers.length == 0 ? 0 : Quantiles.mad(answers);
    double rel = median > 0 ? mad / median : 0;
    String shape = "median " + NoteNumbers.bytes(Math.round(median)) + " in per beat, MAD " + NoteNumbers.percent(rel, 0) + "%";
    if (median <= t.beaconDownloadSmallAnswerBytes() && rel <= t.beaconDownloadSteadyAnswerMad()) {
      return ScorePart.multiplier("download", 1,
          bytes + ": it mostly receives, but small steady answers (" + shape + ") are a heartbeat's replies, not a download");
    }
    return ScorePart.multiplier("download", 1 - t.beaconDownloadDiscount() * d,
        bytes + ": it mostly receives large or varying answers (" + shape + "): an update check, a download");
  }
}
