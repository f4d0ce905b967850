package dev.cronhound.bench;

import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.rhythm.EpisodeSeries;
import dev.cronhound.core.rhythm.RhythmTunables;
import java.util.SplittableRandom;

/** Seeded synthetic beat series and channel tables for the rhythm benchmarks. */
final class SyntheticBeats {

  /** 2026-01-05T00:00:00Z, epoch microseconds. */
  static final long START_MICROS = 1_767_571_200_000_000L;

  static final long WEEK_MICROS = 7 * 86_400_000_000L;

  private SyntheticBeats() {}

  /**
   * {@code beats} beats on a {@code periodSeconds} grid, each moved by up to {@code jitter} of the
   * period (uniform), with a {@code missing} share of grid slots skipped; bytes out 2000 to 2200.
   */
  static EpisodeSeries beacon(
      int beats, double periodSeconds, double jitter, double missing, SplittableRandom r) {
    long[] starts = new long[beats];
    long[] bytes = new long[beats];
    long periodMicros = (long) (periodSeconds * 1e6);
    long slot = 0;
    for (int i = 0; i < beats; i++) {
      while (r.nextDouble() < missing) {
        slot++;
      }
      long shift = (long) (periodMicros * jitter * (2 * r.nextDouble() - 1));
      starts[i] = START_MICROS + slot * periodMicros + shift;
      bytes[i] = 2000 + r.nextInt(200);
      slot++;
    }
    return EpisodeSeries.ofTimes(starts, bytes);
  }

  /**
   * A week of flows from {@code hosts} internal hosts (10.10.x.y) to {@code destsPerHost} public
   * addresses each (198.18.0.0/15), one channel per pair. A third of the channels beat (period
   * log-uniform between 5 min and 1 day, jitter up to 20%, up to 10% missed beats); the rest are
   * 3 to 60 connections at random times, as browsing looks. Flows go in channel by channel, each
   * channel in time order.
   */
  static ChannelTable table(int hosts, int destsPerHost, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ChannelTable table =
        new ChannelTable(
            ChannelTunables.DEFAULTS,
            RhythmTunables.DEFAULTS.burstGapSeconds(),
            Long.MIN_VALUE,
            Long.MAX_VALUE);
    long line = 0;
    for (int h = 0; h < hosts; h++) {
      String src = "10.10." + (h / 250) + "." + (h % 250 + 1);
      for (int d = 0; d < destsPerHost; d++) {
        int dest = h * destsPerHost + d;
        String dst = "198." + (18 + dest / 65536) + "." + (dest / 256 % 256) + "." + (dest % 256);
        long[] times = r.nextInt(3) == 0 ? beaconTimes(r) : randomTimes(r);
        for (long ts : times) {
          line++;
          table.accept(flow(ts, src, dst, 2000 + r.nextInt(500), new Origin("synthetic", line)));
        }
      }
    }
    return table;
  }

  private static long[] beaconTimes(SplittableRandom r) {
    double period = 300 * Math.exp(r.nextDouble() * Math.log(86_400.0 / 300));
    int beats = (int) Math.max(4, WEEK_MICROS / (period * 1e6));
    return beacon(beats, period, 0.2 * r.nextDouble(), 0.1 * r.nextDouble(), r).startMicros();
  }

  private static long[] randomTimes(SplittableRandom r) {
    long[] times = new long[3 + r.nextInt(58)];
    for (int i = 0; i < times.length; i++) {
      times[i] = START_MICROS + r.nextLong(WEEK_MICROS);
    }
    java.util.Arrays.sort(times);
    return times;
  }

  private static Flow flow(long ts, String src, String dst, long bytesOut, Origin origin) {
    return new Flow(ts, null, src, 50000, dst, 443, "tcp", "ssl", 200_000, bytesOut, 5000, "SF",
        origin);
  }
}
