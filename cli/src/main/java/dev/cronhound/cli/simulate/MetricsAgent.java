package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.SplittableRandom;

/**
 * The monitoring agent on every host: a long-lived Go daemon started at boot as {@code
 * metrics-agent}, pushing a few KB of metrics to ingest.metrics-saas.example:443 every 60 s (a
 * fresh lookup and connection each time).
 */
final class MetricsAgent implements EstateActivity {
  static final String UNIT = "metrics-agent";

  private final LinuxHost host;
  private final LinuxDestinations destinations;
  private final SplittableRandom random;
  private final LinuxCase truth;
  private LinuxProcess agent;
  private long next;

  MetricsAgent(LinuxHost host, LinuxDestinations destinations, SplittableRandom random) {
    this.host = host;
    this.destinations = destinations;
    this.random = random;
    this.truth =
        LinuxCase.to(
            "metrics-agent",
            null,
            host,
            UNIT + ".service",
            null,
            LinuxUser.METRICS_AGENT,
            DebianPrograms.METRICS_AGENT,
            destinations.metrics,
            60,
            null,
            "monitoring agent on every host, a push every 60 s; prevalent");
  }

  LinuxCase truth() {
    return truth;
  }

  void start(Systemd systemd, long t) {
    agent =
        systemd.startSimple(
            t,
            UNIT,
            "Metrics agent",
            DebianPrograms.METRICS_AGENT,
            LinuxUser.METRICS_AGENT,
            "/usr/bin/metrics-agent",
            "--config",
            "/etc/metrics-agent/agent.yaml");
    truth.counts().runs++;
    next = t + between(random, 5 * SECOND, 20 * SECOND);
  }

  @Override
  public void emit(long from, long to) {
    while (next < to && host.running(next)) {
      long up = between(random, 1_500, 6_000);
      long down = between(random, 200, 600);
      long duration = between(random, 80_000, 400_000);
      host.transfer(agent, next, destinations.metrics, true, up, down, duration, truth.counts());
      next += 60 * SECOND + between(random, -5_000, 25_000);
    }
  }
}
