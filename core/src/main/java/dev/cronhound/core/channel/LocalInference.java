package dev.cronhound.core.channel;

import java.util.List;

/**
 * What the table inferred to be local when nothing in the data said so (no {@code local_orig}/
 * {@code local_resp}, no address inside the internal networks).
 *
 * @param hosts the addresses taken as local, in the order the rule ranked them (all of them)
 * @param rule the rule that chose them, in words ("in 98% of the first 20000 flows")
 * @param flowsLooked how many flows the rule looked at
 */
public record LocalInference(List<String> hosts, String rule, int flowsLooked) {

  /** "203.0.113.5, 203.0.113.6 and 3 more" for a summary line. */
  public String shortList(int shown) {
    if (hosts.size() <= shown) {
      return String.join(", ", hosts);
    }
    return String.join(", ", hosts.subList(0, shown)) + " and " + (hosts.size() - shown) + " more";
  }
}
