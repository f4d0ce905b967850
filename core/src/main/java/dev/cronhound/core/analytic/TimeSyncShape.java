package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.ScorePart;

/**
 * The {@code time_sync} multiplier: {@code 1 - BeaconTimeSyncDiscount} for an NTP-shaped channel (port
 * 123, at most 100 bytes each way per connection), whose clients poll on a fixed schedule by design;
 * 1 otherwise (NTP-port traffic carrying data is not NTP-shaped).
 */
final class TimeSyncShape {

  private TimeSyncShape() {}

  static ScorePart part(int port, long connections, long out, long in, BeaconTunables t) {
    long n = Math.max(1, connections);
    boolean ntp = port == 123 && out >= 0 && in >= 0 && out / n <= 100 && in / n <= 100;
    return ScorePart.multiplier("time_sync", ntp ? 1 - t.beaconTimeSyncDiscount() : 1,
        ntp ? "NTP-shaped (port 123, " + out / n + " B out per connection): time clients poll on a fixed schedule"
            : "not NTP-shaped");
  }
}
