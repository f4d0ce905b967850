package dev.cronhound.core.analytic;

import dev.cronhound.core.tuning.Tunable;

/** Context and reporting thresholds of the network beacon analytic. */
public record BeaconTunables(
    @Tunable("How much prevalence lowers a score: multiplier = 1 - PrevalenceWeight * (hosts talking to the destination - 1) / (hosts - 1).")
        double prevalenceWeight,
    @Tunable("Score from which a finding is medium severity.") double severityMedium,
    @Tunable("Score from which a finding is high severity.") double severityHigh,
    @Tunable("Score from which a finding is critical severity.") double severityCritical,
    @Tunable("Beat times kept as evidence from each end of the series.") int evidenceBeats,
    @Tunable("How much BEACON lowers a channel that mostly receives (update checks, downloads): multiplier = 1 - BeaconDownloadDiscount * clamp((0.5 - out / (out + in)) / 0.3).")
        double beaconDownloadDiscount,
    @Tunable("How much BEACON lowers an NTP-shaped channel (port 123, at most 100 bytes each way per connection): time clients poll on a fixed schedule by design.")
        double beaconTimeSyncDiscount) {

  public static final BeaconTunables DEFAULTS = new BeaconTunables(0.9, 0.65, 0.8, 0.9, 10, 0.2, 0.5);

  public BeaconTunables {
    if (prevalenceWeight < 0 || prevalenceWeight > 1) {
      throw new IllegalArgumentException("PrevalenceWeight must be in [0, 1]");
    }
    if (!(severityMedium <= severityHigh && severityHigh <= severityCritical)) {
      throw new IllegalArgumentException("SeverityMedium <= SeverityHigh <= SeverityCritical");
    }
    if (!(beaconDownloadDiscount >= 0 && beaconDownloadDiscount <= 1)
        || !(beaconTimeSyncDiscount >= 0 && beaconTimeSyncDiscount <= 1)) {
      throw new IllegalArgumentException("BeaconDownloadDiscount and BeaconTimeSyncDiscount must be in [0, 1]");
    }
    if (evidenceBeats < 1) {
      throw new IllegalArgumentException("EvidenceBeats must be at least 1");
    }
  }
}
