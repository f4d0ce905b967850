package dev.cronhound.cli.eval;

import dev.cronhound.cli.engine.Hunt;
import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.finding.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs each case's hunt in-process twice, as {@code cronhound hunt INPUTS OPTIONS} (a new user's
 * defaults unless the case sets options) and again with {@code --min-score 0 --top 0} for the full
 * ranking, and scores the findings against the case's labels:
 *
 * <ul>
 *   <li>recall: positives matched by a finding reported at the default threshold, out of all (and,
 *       beside it, positives matched anywhere in the full ranking);
 *   <li>reciprocal rank of a positive: 1 / the rank of the first finding matching it in the full
 *       ranking, 0 when none does; MRR is their mean over the positives;
 *   <li>labelled-benign findings: findings reported at the default threshold that match a negative;
 *   <li>findings: reported at the default threshold, and in the full ranking.
 * </ul>
 *
 * Matching is {@link Label#matches}. A case whose inputs are missing (the real-data folder is not
 * there) is skipped, said so, and left out of the overall figures.
 */
public final class Scorer {

  private final Function<List<String>, HuntSettings> settings;
  private final Clock clock;
  private final Path root;
  private final Path realdata;
  private final List<String> extraOptions;

  /**
   * @param settings builds hunt settings from {@code cronhound hunt} arguments, exactly as the hunt
   *     command does (defaults, tunables, allowlists; whatever a new user gets)
   * @param root the repository root, against which committed inputs resolve
   * @param realdata the real-data folder, against which {@code ${CRONHOUND_REALDATA}/} inputs resolve
   * @param extraOptions hunt arguments appended to every case's own (a what-if; empty: none)
   */
  public Scorer(Function<List<String>, HuntSettings> settings, Clock clock, Path root, Path realdata,
      List<String> extraOptions) {
    this.settings = settings;
    this.clock = clock;
    this.root = root;
    this.realdata = realdata;
    this.extraOptions = List.copyOf(extraOptions);
  }

  /** A positive's outcome: the first finding matching it in the full ranking (rank 0: none). */
  public record PositiveResult(Label label, int rank, Finding finding, boolean atDefault) {
    public double reciprocalRank() {
      return rank == 0 ? 0 : 1.0 / rank;
    }
  }

  /** A negative's outcome: the first finding matching it in the full ranking (rank 0: none). */
  public record NegativeResult(Label label, int rank, Finding finding, boolean atDefault) {}

  /**
   * One case's figures; {@code skipped} says why it was not run (null when it was).
   *
   * @param ranking the full ranking ({@code --min-score 0})
   */
  public record CaseResult(
      EvalCase evalCase,
      String skipped,
      double threshold,
      List<PositiveResult> positives,
      List<NegativeResult> negatives,
      int benignAtDefault,
      int findingsAtDefault,
      List<Finding> ranking,
      long elapsedMillis) {

    public int found() {
      return (int) positives.stream().filter(PositiveResult::atDefault).count();
    }

    public double recall() {
      return positives.isEmpty() ? Double.NaN : (double) found() / positives.size();
    }

    /** Positives matched anywhere in the full ranking ({@code --min-score 0}). */
    public int ranked() {
      return (int) positives.stream().filter(p -> p.rank() > 0).count();
    }

    public double mrr() {
      return positives.isEmpty()
          ? Double.NaN
          : positives.stream().mapToDouble(PositiveResult::reciprocalRank).sum() / positives.size();
    }
  }

  /** The figures over every case that ran: positives pooled (micro averages). */
  public record Overall(int cases, int skipped, int positives, int found, int ranked, double mrr, int benignAtDefault,
      int findingsAtDefault, int findingsAtZero) {
    public double recall() {
      return positives == 0 ? Double.NaN : (double) found / positives;
    }

    static Overall of(List<CaseResult> results) {
      int cases = 0;
      int skipped = 0;
      int positives = 0;
      int found = 0;
      int ranked = 0;
      double rr = 0;
      int benign = 0;
      int atDefault = 0;
      int atZero = 0;
      for (CaseResult r : results) {
        if (r.skipped() != null) {
          skipped++;
          continue;
        }
        cases++;
        positives += r.positives().size();
        found += r.found();
        ranked += r.ranked();
        rr += r.positives().stream().mapToDouble(PositiveResult::reciprocalRank).sum();
        benign += r.benignAtDefault();
        atDefault += r.findingsAtDefault();
        atZero += r.ranking().size();
      }
      return new Overall(cases, skipped, positives, found, ranked, positives == 0 ? Double.NaN : rr / positives, benign,
          atDefault, atZero);
    }
  }

  /** Every case's result and the overall figures. */
  public record Report(List<CaseResult> cases, Overall overall) {}

  public Report score(List<EvalCase> cases) {
    List<CaseResult> out = new ArrayList<>();
    for (EvalCase c : cases) {
      out.add(score(c));
    }
    return new Report(out, Overall.of(out));
  }

  public CaseResult score(EvalCase c) {
    List<Path> inputs = c.resolve(root, realdata);
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        String why = c.needsRealdata() ? "real data not found: " + p + " (set CRONHOUND_REALDATA)" : "input not found: " + p;
        return new CaseResult(c, why, Double.NaN, List.of(), List.of(), 0, 0, List.of(), 0);
      }
    }
    long t0 = System.nanoTime();
    List<String> args = new ArrayList<>();
    inputs.forEach(p -> args.add(p.toString()));
    args.addAll(c.options());
    args.addAll(extraOptions);
    HuntSettings byDefault = settings.apply(args);
    List<String> zeroArgs = new ArrayList<>(args);
    zeroArgs.addAll(List.of("--min-score", "0", "--top", "0"));
    HuntSettings zero = settings.apply(zeroArgs);
    List<Finding> reported = run(byDefault).findings();
    List<Finding> ranking = run(zero).findings();

    List<PositiveResult> positives = new ArrayList<>();
    for (Label l : c.positives()) {
      int rank = rankOf(l, ranking);
      positives.add(new PositiveResult(l, rank, rank == 0 ? null : ranking.get(rank - 1), anyMatch(l, reported)));
    }
    List<NegativeResult> negatives = new ArrayList<>();
    for (Label l : c.negatives()) {
      int rank = rankOf(l, ranking);
      negatives.add(new NegativeResult(l, rank, rank == 0 ? null : ranking.get(rank - 1), anyMatch(l, reported)));
    }
    int benign = 0;
    for (Finding f : reported) {
      if (c.negatives().stream().anyMatch(l -> l.matches(f))) {
        benign++;
      }
    }
    return new CaseResult(c, null, byDefault.minScore(), positives, negatives, benign, reported.size(), ranking,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private HuntResult run(HuntSettings s) {
    return Hunt.run(s, InputStream.nullInputStream(), clock);
  }

  private static int rankOf(Label l, List<Finding> ranking) {
    for (int i = 0; i < ranking.size(); i++) {
      if (l.matches(ranking.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean anyMatch(Label l, List<Finding> findings) {
    return findings.stream().anyMatch(l::matches);
  }
}
