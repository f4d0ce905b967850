package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.finding.ScorePart;
import java.util.EnumMap;
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

  /** Per direction: population key -> the one member seen so far (a String), or the set of members. */
  private final Map<Direction, Map<String, Object>> members;

  private Prevalence(Map<Direction, Map<String, Object>> members) {
    this.members = members;
  }

  /** Counts the populations of {@code channels} (all directions at once). */
  static Prevalence of(List<ChannelView> channels) {
    Map<Direction, Map<String, Object>> members = new EnumMap<>(Direction.class);
    for (ChannelView c : channels) {
      Map<String, Object> m = members.computeIfAbsent(c.direction(), k -> new HashMap<>());
      String member = member(c);
      m.merge(key(c), member, (had, one) -> {
        if (had instanceof String s) {
          if (s.equals(one)) {
            return s;
          }
          Set<String> set = new HashSet<>();
          set.add(s);
          set.add((String) one);
          return set;
        }
        @SuppressWarnings("unchecked")
        Set<String> set = (Set<String>) had;
        set.add((String) one);
        return set;
      });
    }
    return new Prevalence(members);
  }

  /** {@code h} of {@code c}: see the class comment. */
  int hostsOf(ChannelView c) {
    Map<String, Object> m = members.get(c.direction());
    Object v = m == null ? null : m.get(key(c));
    return v == null || v instanceof String ? 1 : ((Set<?>) v).size();
  }

  private static String key(ChannelView c) {
    return c.direction() == Direction.INBOUND ? c.host() : c.destination();
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
