package dev.cronhound.core.analytic;

import dev.cronhound.core.tuning.Tunable;

/** Context, chance, fan-out, family and reporting thresholds of the network analytics. */
public record BeaconTunables(
    @Tunable("How much prevalence lowers a score: multiplier = 1 - PrevalenceWeight * (hosts talking to the destination - 1) / (hosts - 1).")
        double prevalenceWeight,
    @Tunable("Score from which a finding is medium severity.") double severityMedium,
    @Tunable("Score from which a finding is high severity.") double severityHigh,
    @Tunable("Score from which a finding is critical severity.") double severityCritical,
    @Tunable("Beat times kept as evidence from each end of the series.") int evidenceBeats,
    @Tunable("How much BEACON lowers a channel that mostly receives large or varying answers (update checks, downloads): multiplier = 1 - BeaconDownloadDiscount * clamp((0.5 - out / (out + in)) / 0.3).")
        double beaconDownloadDiscount,
    @Tunable("How much BEACON lowers an NTP-shaped channel (port 123, at most 100 bytes each way per connection): time clients poll on a fixed schedule by design.")
        double beaconTimeSyncDiscount,
    @Tunable("Fewest local hosts for prevalence to apply: below it (a small office where every host may be infected) the prevalence multiplier is 1.")
        int prevalenceMinHosts,
    @Tunable("Median bytes received per beat up to which a mostly-receiving channel with steady answers is a heartbeat, not a download (download multiplier 1).")
        long beaconDownloadSmallAnswerBytes,
    @Tunable("Largest MAD of bytes received per beat, as a fraction of their median, for answers to count as steady.")
        double beaconDownloadSteadyAnswerMad,
    @Tunable("Decades of evidence against chance (-log10 of the chance that random beats are as regular, less log10 of the source's channels) that earn the full chance multiplier.")
        double chanceFullEvidence,
    @Tunable("Distance from the period grid, in seconds, that counts as exactly on it when weighing a series against chance.")
        double chanceResolutionSeconds,
    @Tunable("Fewest distinct destinations that make a source a scan or fan-out (FANOUT).")
        int fanoutMinDestinations,
    @Tunable("Most connections per destination, at the median, for a source's destinations to count as touched a few times each (FANOUT).")
        int fanoutMaxMedianConnections,
    @Tunable("Ceiling of a FANOUT finding's score: a scan is context for its channels and ranks below rhythmic findings.")
        double fanoutScoreCeiling,
    @Tunable("Largest share of a rotating family's member time that may overlap another member (rotation is a sequence).")
        double familyMaxOverlap,
    @Tunable("Longest a member of a family keyed by its port alone may be active, as a share of the family's span.")
        double familyMaxMemberShare,
    @Tunable("Lowest rhythm score of a family's merged beats for the family to be reported as one channel.")
        double familyMinRhythm,
    @Tunable("Fewest beats a channel needs to be a member of a rotating family.")
        int familyMinMemberBeats) {

  public static final BeaconTunables DEFAULTS =
      new BeaconTunables(0.9, 0.65, 0.8, 0.9, 10, 0.2, 0.5, 5, 4096, 0.2, 4, 1, 1000, 10, 0.7, 0.1, 0.6, 0.6, 2);

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
    if (prevalenceMinHosts < 2 || beaconDownloadSmallAnswerBytes < 0 || beaconDownloadSteadyAnswerMad < 0) {
      throw new IllegalArgumentException(
          "PrevalenceMinHosts >= 2, BeaconDownloadSmallAnswerBytes >= 0 and BeaconDownloadSteadyAnswerMad >= 0");
    }
    if (!(chanceFullEvidence > 0) || !(chanceResolutionSeconds > 0)) {
      throw new IllegalArgumentException("ChanceFullEvidence and ChanceResolutionSeconds must be > 0");
    }
    if (fanoutMinDestinations < 2 || fanoutMaxMedianConnections < 1 || !(fanoutScoreCeiling > 0 && fanoutScoreCeiling <= 1)) {
      throw new IllegalArgumentException(
          "FanoutMinDestinations >= 2, FanoutMaxMedianConnections >= 1 and FanoutScoreCeiling in (0, 1]");
    }
    if (!(familyMaxOverlap >= 0 && familyMaxOverlap < 1) || !(familyMaxMemberShare > 0 && familyMaxMemberShare <= 1)
        || !(familyMinRhythm >= 0 && familyMinRhythm <= 1) || familyMinMemberBeats < 1) {
      throw new IllegalArgumentException(
          "FamilyMaxOverlap in [0, 1), FamilyMaxMemberShare in (0, 1], FamilyMinRhythm in [0, 1], FamilyMinMemberBeats >= 1");
    }
  }
}
