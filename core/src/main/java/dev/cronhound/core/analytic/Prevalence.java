package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.finding.ScorePart;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code prevalence} multiplier, over the population that fits the channel's direction.
 *
 * <ul>
 *   <li>outbound: {@code h} = local hosts with an outbound channel to the destination;
 *   <li>east-west: {@code h} = local hosts with an east-west channel to that local destination;
 *   <li>inbound: {@code h} = local hosts the external client has inbound channels to (a scanner
 *       polls them all; a controller polls its one server), never "every external address".
 * </ul>
 *
 * {@code value = 1 - PrevalenceWeight * (h - 1) / (H - 1)}, {@code H} the local hosts seen, {@code h}
 * clamped to {@code [1, H]}; 1 when {@code H < PrevalenceMinHosts} (a two-host office where both hosts
 * are infected is not "estate automation").
 */
final class Prevalence {

  private final Map<String, Integer> counts;

  private Prevalence(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** Counts the populations of {@code channels} (all directions at once). */
  static Prevalence of(List<ChannelView> channels) {
    Map<String, Set<String>> sets = new HashMap<>();
    for (ChannelView c : channels) {
      sets.computeIfAbsent(key(c), k -> new HashSet<>()).add(member(c));
    }
    Map<String, Integer> counts = new HashMap<>(sets.size() * 2);
    sets.forEach((k, s) -> counts.put(k, s.size()));
    return new Prevalence(counts);
  }

  /** {@code h} of {@code c}: see the class comment. */
  int hostsOf(ChannelView c) {
    return counts.getOrDefault(key(c), 1);
  }

  private static String key(ChannelView c) {
    return c.direction() == Direction.INBOUND ? "i|" + c.host() : c.direction().ordinal() + "|" + c.destination();
  }

  private static String member(ChannelView c) {
    return c.direction() == Direction.INBOUND ? c.destination() : c.host();
  }

  static double value(int h, int localHosts, BeaconTunables t) {
    if (localHosts < t.prevalenceMinHosts() || localHosts <= 1) {
      return 1;
    }
    int hh = Math.max(1, Math.min(localHosts, h));
    return 1 - t.prevalenceWeight() * (hh - 1) / (localHosts - 1);
  }

  static ScorePart part(Direction d, int h, int localHosts, BeaconTunables t) {
    String population = switch (d) {
      case OUTBOUND -> h + " of " + localHosts + " local hosts talk to this destination";
      case EAST_WEST -> h + " of " + localHosts + " local hosts talk to this local destination";
      case INBOUND -> "this external client talks to " + h + " of " + localHosts + " local hosts";
    };
    if (localHosts < t.prevalenceMinHosts()) {
      population += ": not applied under " + t.prevalenceMinHosts() + " local hosts (PrevalenceMinHosts)";
    }
    return ScorePart.multiplier("prevalence", value(h, localHosts, t), population);
  }
}
