package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.rhythm.EpisodeSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Channels as plain values for the network analytics' tests. */
final class Views {

  static final long T0 = 1_767_571_200_000_000L; // 2026-01-05T00:00:00Z
  static final long S = 1_000_000L;
  static final long H = 3600 * S;

  private Views() {}

  static ChannelView view(String host, String dest, int port, Direction d, long[] starts, long out, long in) {
    return view(host, dest, port, d, starts, filled(starts.length, out), filled(starts.length, in), Map.of());
  }

  static ChannelView view(String host, String dest, int port, Direction d, long[] starts, long[] out, long[] in,
      Map<String, String> traits) {
    int n = starts.length;
    int[] one = new int[n];
    Arrays.fill(one, 1);
    EpisodeSeries e = new EpisodeSeries(starts.clone(), starts.clone(), out.clone(), in.clone(), one, true);
    return new ChannelView(host, dest, null, "address", List.of(dest), false, port, n, Arrays.stream(out).sum(),
        Arrays.stream(in).sum(), 0, List.of("conn.log:1"), d, traits, e);
  }

  static long[] filled(int n, long v) {
    long[] a = new long[n];
    Arrays.fill(a, v);
    return a;
  }

  /** {@code n} beats from {@code start}, every {@code periodS} seconds. */
  static long[] every(long start, long periodS, int n) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = start + i * periodS * S;
    }
    return t;
  }

  static NetworkBeacon.Input input(List<ChannelView> channels, List<ChannelView> attempts, int localHosts, long start, long end) {
    return new NetworkBeacon.Input(channels, attempts, localHosts, a -> new long[] {start, end}, start, end);
  }
}
