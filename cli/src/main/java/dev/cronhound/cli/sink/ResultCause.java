package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import java.util.List;
import java.util.Optional;

/**
 * The one line that says why a run found less than it could, and the flag that changes it. Of the
 * input filters ({@link #LEFT_OUT}) that left out more than a tenth of their input, the one that
 * left out the largest share. When no finding reached the minimum score, the first rule of {@link
 * #NO_FINDING} that applies, unless a filter left out most of the input (then that filter is the
 * cause) or only the last resort applies (then the filter, when there is one, says more). A new
 * count is one more rule in one of the lists.
 */
public final class ResultCause {

  /** Filters of the input, each over what it could have left out. */
  static final List<LeftOutRule> LEFT_OUT = List.of(
      new LeftOutRule(r -> r.scope() == null ? 0 : r.scope().leftOutNoLocalSide(), ResultCause::flowsSeen, "flows",
          "have no local side (neither address is internal nor marked local by the sensor) and were left out",
          "the networks may use public addresses; add them with --internal CIDR"),
      new LeftOutRule(HuntResult::skippedExternalSource, ResultCause::flowsSeen, "flows",
          "are inbound (an outside address to a local service) and were left out by Directions",
          "--tune Directions=outbound,inbound,east-west analyses them"),
      new LeftOutRule(HuntResult::skippedInternal, ResultCause::flowsSeen, "flows",
          "are east-west (local to local) and were left out by Directions",
          "C2 or staging inside the networks is then not analysed; --tune Directions=outbound,inbound,east-west analyses it"),
      new LeftOutRule(r -> r.scope() == null ? 0 : r.scope().leftOutInboundWithoutPayload(), ResultCause::flowsSeen,
          "flows", "are inbound attempts without payload (scanners, failed handshakes) and are not beats",
          "a server polled by its controller still shows: its sessions carry payload"),
      new LeftOutRule(HuntResult::skippedOutsideTime, ResultCause::flowsSeen, "flows",
          "fall outside --since/--until and were left out", "widen or drop --since/--until"),
      new LeftOutRule(HuntResult::duplicatesDropped, r -> r.read().totalRecords(), "records",
          "were read a second time (same Zeek uid, log and time) and counted once",
          "the inputs may hold the same logs twice (a combined log beside per-sensor logs); name one copy"));

  /** Why nothing reached the minimum score, most basic first. */
  static final List<CauseRule> NO_FINDING = List.of(
      NoFindingRules::nothingRead,
      NoFindingRules::noFlows,
      NoFindingRules::nothingScored,
      NoFindingRules::allSilenced,
      NoFindingRules::bestBelow,
      NoFindingRules::belowMinimum);

  /** A filter that left out more than this share of the input is the cause of an empty result. */
  static final double MOST = 0.5;

  private ResultCause() {}

  /** The cause line of {@code r}, or empty when the run needs none (findings, little left out). */
  public static Optional<String> of(HuntResult r, HuntSettings s) {
    LeftOutRule most = null;
    for (LeftOutRule rule : LEFT_OUT) {
      if (rule.share(r) > LeftOutRule.SHARE && (most == null || rule.share(r) > most.share(r))) {
        most = rule;
      }
    }
    if (most != null && (r.scoredAboveMin() > 0 || most.share(r) > MOST)) {
      return most.explain(r, s);
    }
    if (r.scoredAboveMin() > 0) {
      return Optional.empty();
    }
    for (int i = 0; i < NO_FINDING.size(); i++) {
      if (i == NO_FINDING.size() - 1 && most != null) {
        return most.explain(r, s);
      }
      Optional<String> line = NO_FINDING.get(i).explain(r, s);
      if (line.isPresent()) {
        return line;
      }
    }
    return Optional.empty();
  }

  /**
   * Flows that reached the channels or a filter: into channels, joined to endpoint connections, or
   * left out by scope or time.
   */
  static long flowsSeen(HuntResult r) {
    HuntResult.Scope sc = r.scope();
    long byRules = sc == null ? 0 : sc.attemptFlows() + sc.leftOutDiscovery() + sc.leftOutInboundWithoutPayload()
        + sc.leftOutNoLocalSide() + sc.leftOutResolver();
    return r.flows() + r.skippedInternal() + r.skippedExternalSource() + r.skippedOutsideTime() + byRules
        + (r.endpoint() == null ? 0 : r.endpoint().joinedFlows());
  }
}
