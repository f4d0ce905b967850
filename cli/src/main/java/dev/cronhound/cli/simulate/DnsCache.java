package dev.cronhound.cli.simulate;

import java.util.Arrays;

/**
 * What each host's stub resolver remembers: for every (host, destination) pair, when the last
 * answer arrived, when it expires, and which address came first in it. Sized by hosts times
 * destinations, independent of how long the simulation runs.
 */
final class DnsCache {
  private final int destinations;
  private final long[] resolvedAt;
  private final long[] expires;
  private final int[] firstAnswer;

  DnsCache(int hosts, int destinations) {
    this.destinations = destinations;
    int n = Math.multiplyExact(hosts, destinations);
    resolvedAt = new long[n];
    expires = new long[n];
    firstAnswer = new int[n];
    Arrays.fill(expires, Long.MIN_VALUE);
  }

  /** The cached first answer valid at {@code ts}, or -1 when the host must ask the resolver. */
  int lookup(int host, Destination d, long ts) {
    int i = host * destinations + d.index();
    return resolvedAt[i] <= ts && ts < expires[i] ? firstAnswer[i] : -1;
  }

  void store(int host, Destination d, long answeredAt, int first) {
    int i = host * destinations + d.index();
    resolvedAt[i] = answeredAt;
    expires[i] = answeredAt + d.ttlMicros();
    firstAnswer[i] = first;
  }
}
