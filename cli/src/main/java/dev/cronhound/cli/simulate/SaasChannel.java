package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Chat and mail clients: every host uses two of the SaaS services, each contacted as an irregular
 * Poisson stream that follows working hours but never quite stops (clients left running).
 */
final class SaasChannel implements Channel {
  private static final double PEAK_PER_HOUR = 5.0;
  private static final double NIGHT_FLOOR = 0.12;

  private final SplittableRandom random;
  private final NetworkScenario net;
  private final List<Destination> services;
  private final int[][] used;

  SaasChannel(SplittableRandom random, NetworkScenario net) {
    this.random = random;
    this.net = net;
    this.services = net.catalog().saas();
    this.used = new int[net.hostCount()][2];
    for (int h = 0; h < used.length; h++) {
      int first = random.nextInt(services.size());
      int second = (first + 1 + random.nextInt(services.size() - 1)) % services.size();
      used[h][0] = first;
      used[h][1] = second;
    }
  }

  @Override
  public void emit(long from, long to, Traffic traffic) {
    double perHour = PEAK_PER_HOUR * Math.max(NIGHT_FLOOR, Diurnal.activity(from));
    double meanGap = TimeWindow.HOUR / perHour;
    for (int host = 0; host < used.length; host++) {
      for (int service : used[host]) {
        Destination d = services.get(service);
        long t = from + exponential(meanGap);
        while (t < to) {
          long orig = 400 + random.nextInt(6000);
          long resp = 300 + random.nextInt(40_000);
          long duration = 50_000 + random.nextLong(120 * TimeWindow.SECOND);
          traffic.https(random, host, d, t, orig, resp, duration, Traffic.H2, false);
          t += exponential(meanGap);
        }
      }
    }
  }

  private long exponential(double mean) {
    return 1 + (long) (-mean * Math.log1p(-random.nextDouble()));
  }
}
