package dev.cronhound.core.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BurstCoalescerTest {

  static final long S = 1_000_000L;

  @Test
  void dailyJobOfFortyConnectionsInTwoMinutesIsOneBeatPerDay() {
    List<Long> t = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(3);
    for (int day = 0; day < 10; day++) {
      long start = BeatTrains.EPOCH + day * 86400 * S + r.nextInt(300) * S;
      for (int i = 0; i < 40; i++) {
        t.add(start + i * 3 * S);
      }
    }
    long[] starts = t.stream().mapToLong(Long::longValue).toArray();
    EpisodeSeries s = BurstCoalescer.coalesce(EpisodeSeries.ofTimes(starts, new long[starts.length]), RhythmTunables.DEFAULTS);
    assertThat(s.size()).isEqualTo(10);
    assertThat(s.connections()).containsOnly(40);
    RhythmScore score = RhythmAnalysis.analyze(EpisodeSeries.ofTimes(starts, new long[starts.length]),
        starts[0], starts[starts.length - 1], RhythmTunables.DEFAULTS).orElseThrow();
    assertThat(score.periodSeconds()).isBetween(86100.0, 86700.0);
    assertThat(score.episodes()).isEqualTo(10);
  }

  @Test
  void jitteredBeaconIntervalsAreNotMerged() {
    long[] starts = new long[50];
    SplittableRandom r = new SplittableRandom(9);
    long now = BeatTrains.EPOCH;
    for (int i = 0; i < starts.length; i++) {
      starts[i] = now;
      now += (long) (10 * S * (1 - 0.5 * r.nextDouble()));
    }
    EpisodeSeries s = BurstCoalescer.coalesce(EpisodeSeries.ofTimes(starts, new long[50]), RhythmTunables.DEFAULTS);
    assertThat(s.size()).isEqualTo(50);
  }

  @Test
  void burstsLongerThanMaxBurstGapAreNotMerged() {
    long[] starts = {0, 700 * S, 86400 * S, 86400 * S + 700 * S, 2 * 86400 * S, 2 * 86400 * S + 700 * S};
    EpisodeSeries s = BurstCoalescer.coalesce(EpisodeSeries.ofTimes(starts, new long[6]), RhythmTunables.DEFAULTS);
    assertThat(s.size()).isEqualTo(6);
  }

  @Test
  void unsortedEpisodesAreSortedAndOverlapsMerged() {
    long[] starts = {30 * S, 0, 10 * S, 10 * S + 200_000};
    EpisodeSeries s = BurstCoalescer.coalesce(EpisodeSeries.ofTimes(starts, new long[] {1, 2, 3, 4}), RhythmTunables.DEFAULTS);
    assertThat(s.startMicros()).containsExactly(0, 10 * S, 30 * S);
    assertThat(s.bytesOut()).containsExactly(2, 7, 1);
  }
}
