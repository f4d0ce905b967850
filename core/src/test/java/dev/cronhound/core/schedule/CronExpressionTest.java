package dev.cronhound.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronExpressionTest {

  private static long at(String iso) {
    Instant i = Instant.parse(iso);
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }

  private static List<String> runs(String expr, String after, int n) {
    CronExpression e = CronExpression.parse(expr);
    List<String> out = new ArrayList<>();
    long t = at(after);
    for (int i = 0; i < n; i++) {
      OptionalLong next = e.next(t);
      if (next.isEmpty()) {
        break;
      }
      t = next.getAsLong();
      out.add(Instant.ofEpochSecond(t / 1_000_000L).toString());
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*/15 * * * *|900",
        "13 2 * * *|86400",
        "@hourly|3600",
        "@daily|86400",
        "@midnight|86400",
        "@weekly|604800",
        "@monthly|2678400",
        "@yearly|31536000",
        "@annually|31536000",
        "0 9 * * 1-5|86400",
        "0 */6 * * *|21600",
        "*/5 * * * *|300",
        "* * * * *|60",
        "0 0 * * 0|604800",
        "30 4 1,15 * *|1209600",
        "@reboot|-1",
        "0 0 30 2 *|-1"
      })
  void typicalPeriod(String expr, long seconds) {
    assertThat(CronExpression.parse(expr).periodSeconds()).isEqualTo(seconds);
  }

  @Test
  void stepsRangesListsAndNames() {
    assertThat(runs("*/15 * * * *", "2026-01-05T02:14:59Z", 3))
        .containsExactly("2026-01-05T02:15:00Z", "2026-01-05T02:30:00Z", "2026-01-05T02:45:00Z");
    assertThat(runs("1-5/2 0 * * *", "2026-01-05T00:00:00Z", 4))
        .containsExactly("2026-01-05T00:01:00Z", "2026-01-05T00:03:00Z", "2026-01-05T00:05:00Z", "2026-01-06T00:01:00Z");
    assertThat(runs("0 9 * jan,Mar mon-fri", "2026-01-30T10:00:00Z", 2)) // Fri 30 Jan, then Feb skipped
        .containsExactly("2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z");
    assertThat(runs("0 0 * * 7", "2026-01-05T00:00:00Z", 1)).containsExactly("2026-01-11T00:00:00Z");
    assertThat(runs("0 0 * * 0", "2026-01-05T00:00:00Z", 1)).containsExactly("2026-01-11T00:00:00Z");
    assertThat(runs("0 0 29 2 *", "2026-01-01T00:00:00Z", 1)).containsExactly("2028-02-29T00:00:00Z");
  }

  @Test
  void vixieDayRule() {
    // both restricted: the 13th OR a Friday (Jan 2026: Fri 2, 9; Tue 13; Fri 16)
    assertThat(runs("0 0 13 * fri", "2026-01-01T00:00:00Z", 4))
        .containsExactly("2026-01-02T00:00:00Z", "2026-01-09T00:00:00Z", "2026-01-13T00:00:00Z", "2026-01-16T00:00:00Z");
    // day-of-month starts with *: both must match (odd days that are Fridays: 9, 23)
    assertThat(runs("0 0 */2 * fri", "2026-01-01T00:00:00Z", 2))
        .containsExactly("2026-01-09T00:00:00Z", "2026-01-23T00:00:00Z");
    // systemd's rule: both always
    CronExpression both = CronExpression.parse("0 0 13 * fri", DayRule.BOTH);
    assertThat(both.next(at("2026-01-01T00:00:00Z"))).hasValue(at("2026-02-13T00:00:00Z"));
  }

  @Test
  void rebootNeverRunsOnTheClock() {
    CronExpression e = CronExpression.parse("@reboot");
    assertThat(e.isReboot()).isTrue();
    assertThat(e.next(0)).isEmpty();
    assertThat(e.matches(new long[] {0, 60_000_000L}, 1_000_000L)).isZero();
  }

  @Test
  void matchesIsTheShareOfBeatsNearARun() {
    CronExpression e = CronExpression.parse("*/15 * * * *");
    long base = at("2026-01-05T02:15:00Z");
    long[] beats = {base + 2_000_000L, base + 900_000_000L - 3_000_000L, base + 1_800_000_000L, base + 7 * 60_000_000L};
    assertThat(e.matches(beats, 5_000_000L)).isEqualTo(0.75);
    assertThat(e.matches(new long[0], 5_000_000L)).isZero();
    assertThat(e.text()).isEqualTo("*/15 * * * *");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *", "* * * * 8", "* * * *", "* * * * * *",
        "5/15 * * * *", "*/0 * * * *", "5-1 * * * *", "* * * foo *", "* * * * monday", "@every", "",
        "1,,2 * * * *", "-1 * * * *", "*/ * * * *", "99999 * * * *"
      })
  void refusesWhatCronRefuses(String expr) {
    assertThatThrownBy(() -> CronExpression.parse(expr))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\n"));
  }
}
