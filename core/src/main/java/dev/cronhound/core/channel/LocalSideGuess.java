package dev.cronhound.core.channel;

import dev.cronhound.core.event.Flow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the local side of a capture that does not say it, from a look at its first flows. The
 * rule, in order:
 *
 * <ol>
 *   <li>One address in at least half of the flows is the sensor's own host (a host capture, or a
 *       server's sensor polled by the internet): it alone is local, with the DNS clients below.
 *   <li>Else the addresses that originate flows to at least {@value #FAN_OUT} distinct responders
 *       (workstations and servers that reach out; outside services answer, they do not originate
 *       to many of ours), with the DNS clients.
 *   <li>Clients of a DNS resolver in {@code dns.log} are local in either case: they query it.
 * </ol>
 *
 * Nothing is inferred when none applies. Explainable on purpose: the summary says which rule chose
 * which hosts, and {@code --internal} overrides it.
 */
final class LocalSideGuess {

  /** Distinct responders an originator needs to be taken as local (rule 2). */
  static final int FAN_OUT = 5;
  /** DNS clients remembered (bounds memory on a resolver's own dns.log). */
  private static final int MAX_DNS_CLIENTS = 1 << 16;

  private final Set<String> dnsClients = new LinkedHashSet<>();

  void noteDnsClient(String client) {
    if (client != null && dnsClients.size() < MAX_DNS_CLIENTS) {
      dnsClients.add(client);
    }
  }

  /** The inference over {@code flows}, or null when no rule applies. */
  LocalInference infer(List<Flow> flows) {
    if (flows.isEmpty()) {
      return dnsClients.isEmpty() ? null : new LocalInference(List.copyOf(dnsClients), "they query a DNS resolver in dns.log", 0);
    }
    Map<String, Integer> involved = new HashMap<>();
    Map<String, Set<String>> responders = new HashMap<>();
    for (Flow f : flows) {
      involved.merge(f.srcIp(), 1, Integer::sum);
      if (!f.dstIp().equals(f.srcIp())) {
        involved.merge(f.dstIp(), 1, Integer::sum);
      }
      Set<String> r = responders.computeIfAbsent(f.srcIp(), k -> new HashSet<>());
      if (r.size() < FAN_OUT) {
        r.add(f.dstIp());
      }
    }
    String top = null;
    int topCount = 0;
    for (Map.Entry<String, Integer> e : involved.entrySet()) {
      int n = e.getValue();
      if (n > topCount || (n == topCount && e.getKey().compareTo(top) < 0)) {
        top = e.getKey();
        topCount = n;
      }
    }
    LinkedHashSet<String> hosts = new LinkedHashSet<>();
    String rule;
    if (topCount * 2 >= flows.size() && flows.size() >= 2) {
      hosts.add(top);
      rule = "it takes part in " + percent(topCount, flows.size()) + " of the first " + flows.size()
          + " flows (the sensor's own host)";
    } else {
      List<String> fanOut = new ArrayList<>();
      responders.forEach((src, r) -> {
        if (r.size() >= FAN_OUT) {
          fanOut.add(src);
        }
      });
      fanOut.sort(null);
      hosts.addAll(fanOut);
      rule = "they originate flows to " + FAN_OUT + " or more distinct addresses in the first " + flows.size() + " flows";
    }
    if (!dnsClients.isEmpty()) {
      int before = hosts.size();
      dnsClients.stream().sorted().forEach(hosts::add);
      if (hosts.size() > before) {
        rule = hosts.size() == dnsClients.size() && before == 0 ? "they query a DNS resolver in dns.log" : rule + ", or query a DNS resolver in dns.log";
      }
    }
    return hosts.isEmpty() ? null : new LocalInference(List.copyOf(hosts), rule, flows.size());
  }

  private static String percent(int n, int of) {
    return Math.round(100.0 * n / of) + "%";
  }
}
