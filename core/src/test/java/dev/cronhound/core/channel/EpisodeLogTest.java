package dev.cronhound.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EpisodeLogTest {

  @Test
  void interleavedChainsAcrossChunkBoundariesReadBackInArrivalOrder() {
    EpisodeLog log = new EpisodeLog();
    int channels = 7;
    long[] last = new long[channels];
    java.util.Arrays.fill(last, EpisodeLog.NONE);
    List<List<long[]>> expected = new ArrayList<>();
    for (int c = 0; c < channels; c++) {
      expected.add(new ArrayList<>());
    }
    SplittableRandom rnd = new SplittableRandom(7);
    int total = EpisodeLog.CHUNK * 2 + 123;
    for (int k = 0; k < total; k++) {
      int c = rnd.nextInt(channels);
      long start = 1_000L * k;
      long[] e = {start, start + c, 10L * k, 20L * k, 1 + k % 5};
      expected.get(c).add(e);
      last[c] = log.append(last[c], e[0], e[1], e[2], e[3], e[4]);
    }
    assertThat(log.size()).isEqualTo(total);
    for (int c = 0; c < channels; c++) {
      List<long[]> want = expected.get(c);
      int n = want.size();
      long[] start = new long[n + 1];
      long[] end = new long[n + 1];
      long[] out = new long[n + 1];
      long[] in = new long[n + 1];
      int[] conns = new int[n + 1];
      log.read(last[c], n, start, end, out, in, conns);
      for (int i = 0; i < n; i++) {
        long[] e = want.get(i);
        assertThat(new long[] {start[i], end[i], out[i], in[i], conns[i]}).containsExactly(e);
      }
      assertThat(start[n]).as("slot past the chain untouched").isZero();
    }
  }

  @Test
  void anEmptyChainReadsNothing() {
    EpisodeLog log = new EpisodeLog();
    long[] start = {42};
    log.read(EpisodeLog.NONE, 0, start, new long[1], new long[1], new long[1], new int[1]);
    assertThat(start[0]).isEqualTo(42);
    assertThat(log.size()).isZero();
  }
}
