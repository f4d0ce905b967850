package dev.cronhound.core.analytic;

import dev.cronhound.core.tuning.Tunable;

/** Weights of the endpoint transfer analytics (AN1118, AN1113); the score is their weighted mean. */
public record TransferTunables(
    @Tunable("Weight of the channel's rhythm score (the BEACON parts: dispersion, skew, histogram, coverage, time of day, size).")
        double weightRhythm,
    @Tunable("Weight of lineage: a task running a script host or transfer tool scores 1, a task 0.6, a script host 0.7; for AN1113 one long-lived process 0.8.")
        double weightLineage,
    @Tunable("Weight of destination consistency: the share of the initiator's outbound connections going to this destination.")
        double weightDestination,
    @Tunable("Weight of the upload share: bytes out / (out + in), 0 at 50% or less, 1 at 90% or more; not applicable without joined flows.")
        double weightUpload,
    @Tunable("Weight of a user-writable image or script path (\\Users\\, \\AppData\\, \\Temp\\, \\ProgramData\\ outside \\ProgramData\\Microsoft\\, \\Users\\Public\\).")
        double weightUserPath,
    @Tunable("Weight of a first-seen destination: no other host with endpoint data talks to it.")
        double weightFirstSeen) {

  public static final TransferTunables DEFAULTS = new TransferTunables(0.45, 0.2, 0.1, 0.15, 0.1, 0.05);

  public TransferTunables {
    double[] w = {weightRhythm, weightLineage, weightDestination, weightUpload, weightUserPath, weightFirstSeen};
    double sum = 0;
    for (double x : w) {
      if (!(x >= 0)) {
        throw new IllegalArgumentException("transfer weights must be >= 0");
      }
      sum += x;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("at least one transfer weight must be > 0");
    }
  }
}
