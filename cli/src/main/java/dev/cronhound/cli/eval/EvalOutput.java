package dev.cronhound.cli.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cronhound.cli.eval.Scorer.CaseResult;
import dev.cronhound.cli.eval.Scorer.NegativeResult;
import dev.cronhound.cli.eval.Scorer.Overall;
import dev.cronhound.cli.eval.Scorer.PositiveResult;
import dev.cronhound.cli.eval.Scorer.Report;
import dev.cronhound.core.finding.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The scorer's figures as a table (per case, overall, then each label's outcome) or as JSON. */
public final class EvalOutput {

  private EvalOutput() {}

  /** How many findings of the full ranking the JSON lists per case (for pinning and diffs). */
  public static final int RANKING_SHOWN = 10;

  public static void table(Report report, PrintWriter out) {
    String head = String.format(Locale.ROOT, "%-30s %-9s %4s %-13s %-6s %6s %7s %9s %7s",
        "CASE", "LICENCE", "POS", "RECALL", "AT-0", "MRR", "BENIGN", "FINDINGS", "RANKED");
    out.println(head);
    for (CaseResult r : report.cases()) {
      if (r.skipped() != null) {
        out.printf(Locale.ROOT, "%-30s %-9s %4d %s%n", r.evalCase().name(), r.evalCase().licence(),
            r.evalCase().positives().size(), "skipped: " + r.skipped());
        continue;
      }
      out.printf(Locale.ROOT, "%-30s %-9s %4d %-13s %-6s %6s %7d %9d %7d%n", r.evalCase().name(), r.evalCase().licence(),
          r.positives().size(), recall(r.found(), r.positives().size()), ratio(r.ranked(), r.positives().size()),
          num(r.mrr()), r.benignAtDefault(),
          r.findingsAtDefault(), r.ranking().size());
    }
    Overall o = report.overall();
    out.printf(Locale.ROOT, "%-40s %4d %-13s %-6s %6s %7d %9d %7d%n",
        "overall (" + o.cases() + " run, " + o.skipped() + " skipped)", o.positives(), recall(o.found(), o.positives()),
        ratio(o.ranked(), o.positives()), num(o.mrr()), o.benignAtDefault(), o.findingsAtDefault(), o.findingsAtZero());
    out.println();
    out.println("RECALL: positives found at the default threshold; AT-0: found with --min-score 0; MRR: mean of");
    out.println("1/rank of each positive's first matching finding with --min-score 0 (0 when none); BENIGN:");
    out.println("findings at the default threshold matching a labelled negative; FINDINGS: at the default");
    out.println("threshold; RANKED: with --min-score 0. Matching: eval/README.md.");
    for (CaseResult r : report.cases()) {
      if (r.skipped() != null) {
        continue;
      }
      out.println();
      out.printf(Locale.ROOT, "%s (threshold %.2f, %d ms)%n", r.evalCase().name(), r.threshold(), r.elapsedMillis());
      for (PositiveResult p : r.positives()) {
        out.printf(Locale.ROOT, "  + %-34s %-44s %s%n", p.label().name(), p.label().describe(),
            outcome(p.rank(), p.finding(), p.atDefault(), r.threshold(), "found", "missed"));
      }
      for (NegativeResult n : r.negatives()) {
        out.printf(Locale.ROOT, "  - %-34s %-44s %s%n", n.label().name(), n.label().describe(),
            outcome(n.rank(), n.finding(), n.atDefault(), r.threshold(), "REPORTED", "quiet"));
      }
    }
    out.flush();
  }

  private static String outcome(int rank, Finding f, boolean atDefault, double threshold, String yes, String no) {
    if (rank == 0) {
      return no + ": no finding";
    }
    return String.format(Locale.ROOT, "%s: rank %d, score %.2f%s", atDefault ? yes : no, rank, f.score(),
        atDefault ? "" : String.format(Locale.ROOT, " (< %.2f)", threshold));
  }

  private static String recall(int found, int of) {
    if (of == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%d/%d %3.0f%%", found, of, 100.0 * found / of);
  }

  private static String ratio(int n, int of) {
    return of == 0 ? "-" : n + "/" + of;
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  public static void json(Report report, Writer w) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      Overall o = report.overall();
      g.writeObjectFieldStart("overall");
      g.writeNumberField("cases", o.cases());
      g.writeNumberField("skipped", o.skipped());
      g.writeNumberField("positives", o.positives());
      g.writeNumberField("found", o.found());
      g.writeNumberField("found_ranked", o.ranked());
      number(g, "recall", o.recall());
      number(g, "mrr", o.mrr());
      g.writeNumberField("benign_at_default", o.benignAtDefault());
      g.writeNumberField("findings_at_default", o.findingsAtDefault());
      g.writeNumberField("findings_ranked", o.findingsAtZero());
      g.writeEndObject();
      g.writeArrayFieldStart("cases");
      for (CaseResult r : report.cases()) {
        g.writeStartObject();
        g.writeStringField("name", r.evalCase().name());
        g.writeStringField("licence", r.evalCase().licence());
        if (r.skipped() != null) {
          g.writeStringField("skipped", r.skipped());
          g.writeEndObject();
          continue;
        }
        number(g, "threshold", r.threshold());
        g.writeNumberField("positives", r.positives().size());
        g.writeNumberField("found", r.found());
        g.writeNumberField("found_ranked", r.ranked());
        number(g, "recall", r.recall());
        number(g, "mrr", r.mrr());
        g.writeNumberField("benign_at_default", r.benignAtDefault());
        g.writeNumberField("findings_at_default", r.findingsAtDefault());
        g.writeNumberField("findings_ranked", r.ranking().size());
        g.writeNumberField("elapsed_ms", r.elapsedMillis());
        g.writeArrayFieldStart("positive_results");
        for (PositiveResult p : r.positives()) {
          label(g, p.label(), p.rank(), p.finding(), p.atDefault());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("negative_results");
        for (NegativeResult n : r.negatives()) {
          label(g, n.label(), n.rank(), n.finding(), n.atDefault());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ranking");
        List<Finding> shown = r.ranking().subList(0, Math.min(RANKING_SHOWN, r.ranking().size()));
        for (Finding f : shown) {
          finding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void label(JsonGenerator g, Label l, int rank, Finding f, boolean atDefault) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", l.name());
    g.writeStringField("channel", l.describe());
    number(g, "period_s", l.periodSeconds());
    if (l.direction() != null) {
      g.writeStringField("direction", l.direction());
    }
    g.writeNumberField("rank", rank);
    g.writeBooleanField("at_default", atDefault);
    if (f != null) {
      g.writeFieldName("finding");
      finding(g, f);
    }
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("analytic", f.analytic());
    g.writeStringField("source", f.source() == null ? f.host() : f.source().ip());
    Finding.Destination d = f.destination();
    if (d != null) {
      g.writeStringField("destination", d.ip());
      if (d.domain() != null) {
        g.writeStringField("domain", d.domain());
      }
      g.writeNumberField("port", d.port());
      g.writeArrayFieldStart("addresses");
      for (String a : d.addresses()) {
        g.writeString(a);
      }
      g.writeEndArray();
    }
    number(g, "score", f.score());
    number(g, "rhythm_score", f.rhythmScore());
    number(g, "period_s", f.periodSeconds());
    g.writeNumberField("beats", f.count());
    if (f.direction() != null) {
      g.writeStringField("direction", f.direction());
    }
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(v * 10000) / 10000.0);
    }
  }
}
