package dev.cronhound.cli.engine;

import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.channel.LocalInference;
import dev.cronhound.core.correlate.ClockOffset;
import dev.cronhound.core.correlate.EndpointCorrelator;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.formats.ReadReport;
import java.util.List;
import java.util.Map;

/**
 * What a hunt produced and what it read to get there.
 *
 * @param findings reported findings, best first, after min-score and top
 * @param scoredAboveMin findings at or above the minimum score before {@code --top}
 * @param flows flows that went into channels
 * @param channels channels built
 * @param scored channels with enough beats to score
 * @param silenced channels dropped by the destination allowlist
 * @param belowByPrevalence channels not scored: their prevalence alone keeps them under the minimum
 * @param skippedInternal flows to internal destinations, left out
 * @param skippedExternalSource flows from outside the internal networks, left out
 * @param namingState uids and DNS resolutions held to name destinations
 * @param eventsByKind normalized events read, by kind ({@code flow}, {@code process_start}, ...)
 * @param endpoint what the endpoint correlation held and joined
 * @param duplicatesDropped records read a second time (same Zeek uid, log and time), dropped
 * @param flowsFromApplicationLogs connections known only from http/ssl logs (no conn record), made
 *     flows
 * @param scope which side was local, the flows by direction and what the direction rules left out
 * @param skippedOutsideTime flows before {@code --since} or after {@code --until}, left out
 * @param bestBelow the best-scoring finding under the minimum score (network or endpoint), or null
 *     when there is none: what a run with nothing to report came closest to
 */
public record HuntResult(
    List<Finding> findings,
    int scoredAboveMin,
    ReadReport read,
    long flows,
    int channels,
    int scored,
    int silenced,
    int belowByPrevalence,
    long skippedInternal,
    long skippedExternalSource,
    long namingState,
    Map<String, Long> eventsByKind,
    Endpoint endpoint,
    long elapsedNanos,
    long duplicatesDropped,
    long flowsFromApplicationLogs,
    Scope scope,
    long skippedOutsideTime,
    Finding bestBelow) {

  /**
   * Directions and scope of the network channels.
   *
   * @param flowsByDirection flows that went into data channels, by {@link Direction#id()}, in enum order
   * @param attemptFlows a local host's connections that never carried payload, kept apart
   * @param attemptSeries (source, peer) series those attempts make
   * @param leftOutDiscovery flows to link-local, multicast, broadcast or service-discovery ports
   * @param leftOutInboundWithoutPayload inbound flows that were no session with payload
   * @param leftOutNoLocalSide flows neither side of which is local
   * @param leftOutResolver east-west flows to a local DNS resolver (port 53)
   * @param localHosts distinct local addresses seen
   * @param inference what was inferred to be local when the data did not say, or null
   */
  public record Scope(
      Map<String, Long> flowsByDirection,
      long attemptFlows,
      int attemptSeries,
      long leftOutDiscovery,
      long leftOutInboundWithoutPayload,
      long leftOutNoLocalSide,
      long leftOutResolver,
      int localHosts,
      LocalInference inference) {

    /** The counts of {@code table}, once every flow is in. */
    public static Scope of(ChannelTable table) {
      Map<String, Long> by = new java.util.LinkedHashMap<>();
      for (Direction d : Direction.values()) {
        by.put(d.id(), table.flows(d));
      }
      return new Scope(java.util.Collections.unmodifiableMap(by),
          table.attemptFlows(), table.attempts().size(), table.leftOutDiscovery(),
          table.leftOutInboundWithoutPayload(), table.leftOutNoLocalSide(), table.leftOutResolver(), table.localHosts(), table.inference());
    }
  }

  /**
   * The endpoint side of a run.
   *
   * @param staged endpoint events put in time order before correlation
   * @param state the correlation's state at the end (processes, peak, task entries, ...)
   * @param joinedFlows flows joined to an endpoint connection
   * @param ambiguousJoins joins where another connection was as close a match
   * @param scored initiator channels with enough beats to score
   * @param silencedByAllowlist initiator channels dropped by {@code DestIPAllowlist}
   * @param silencedByBaseline initiator channels dropped by {@code ParentProcessBaseline}
   * @param clocks each endpoint host's clock against the sensor, as the flow join estimated it
   */
  public record Endpoint(
      int staged,
      EndpointCorrelator.State state,
      long joinedFlows,
      long ambiguousJoins,
      int scored,
      int silencedByAllowlist,
      int silencedByBaseline,
      List<ClockOffset> clocks) {}
}
