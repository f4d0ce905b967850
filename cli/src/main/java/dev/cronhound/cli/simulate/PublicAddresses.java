package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws distinct public-looking IPv4 addresses. First octets come from blocks that are ordinary
 * globally routed space, so nothing lands in RFC 1918, CGNAT, loopback, link-local, the
 * documentation TEST-NETs, benchmarking space, or multicast.
 */
final class PublicAddresses {
  private static final int[] FIRST_OCTETS = {
    23, 31, 34, 35, 37, 45, 52, 54, 62, 64, 66, 69, 74, 77, 78, 81, 85, 91, 93, 104, 108, 129, 137,
    142, 146, 151, 157, 162, 176, 185, 188, 195, 199, 204, 208, 212, 216
  };

  private final SplittableRandom random;
  private final Set<Integer> used = new HashSet<>();

  PublicAddresses(SplittableRandom random) {
    this.random = random;
  }

  String next() {
    while (true) {
      int a = FIRST_OCTETS[random.nextInt(FIRST_OCTETS.length)];
      int b = random.nextInt(256);
      int c = random.nextInt(256);
      int d = 1 + random.nextInt(254);
      if (used.add((a << 24) | (b << 16) | (c << 8) | d)) {
        return a + "." + b + "." + c + "." + d;
      }
    }
  }

  List<String> next(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next());
    }
    return out;
  }
}
