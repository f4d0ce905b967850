package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Input a filter left out: applies when more than {@link #SHARE} of the {@code whole} was, whether
 * or not anything was found ("105,771 of 105,918 flows (99.9%) come from outside the internal
 * networks and were left out: ...; add its networks with --internal CIDR"). A new count of the run
 * (flows left out by a direction rule, records dropped as duplicates) is one more of these.
 *
 * @param count what was left out
 * @param whole what it is a share of
 * @param noun what both count ("flows", "records")
 * @param what what happened to them, after the count ("come from outside ... and were left out")
 * @param fix what it may mean and the flag that changes it
 */
record LeftOutRule(
    ToLongFunction<HuntResult> count, ToLongFunction<HuntResult> whole, String noun, String what, String fix)
    implements CauseRule {

  /** The share of the input a filter must leave out before the run says so. */
  static final double SHARE = 0.1;

  /** The share of {@code r}'s input this rule's filter left out (0 when there was none). */
  double share(HuntResult r) {
    long w = whole.applyAsLong(r);
    return w <= 0 ? 0 : (double) count.applyAsLong(r) / w;
  }

  @Override
  public Optional<String> explain(HuntResult r, HuntSettings s) {
    if (share(r) <= SHARE) {
      return Optional.empty();
    }
    long n = count.applyAsLong(r);
    long w = whole.applyAsLong(r);
    return Optional.of(CountText.of(n) + " of " + CountText.of(w) + " " + noun + " (" + CountText.percent(n, w) + ") "
        + what + ": " + fix);
  }
}
