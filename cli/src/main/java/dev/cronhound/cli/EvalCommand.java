package dev.cronhound.cli;

import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.cli.eval.EvalCase;
import dev.cronhound.cli.eval.EvalOutput;
import dev.cronhound.cli.eval.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cronhound eval [CASE...]}: hunts labelled third-party captures and scores the findings (eval/README.md). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs hunt on each labelled case (eval/cases/*.json) with the case's options (default: none) and "
          + "prints recall at the default threshold, mean reciprocal rank (--min-score 0), labelled-benign "
          + "findings and findings, per case and overall. Cases over the real-data folder are skipped when it "
          + "is absent. See eval/README.md."
    })
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Clock clock;

  public EvalCommand(Clock clock) {
    this.clock = clock;
  }

  @Parameters(arity = "0..*", paramLabel = "CASE", description = "Case files or directories of them. Default: eval/cases.")
  List<Path> cases = new ArrayList<>();

  @Option(names = "--json", description = "Print the figures as JSON (per case, each label's first matching finding, the top of the ranking).")
  boolean json;

  @Option(names = "--root", paramLabel = "DIR", description = "Resolve committed inputs against DIR. Default: the repository holding the case files (the folder above eval/).")
  Path root;

  @Option(names = "--realdata", paramLabel = "DIR", description = "The real-data folder (GPL captures, read in place). Default: $CRONHOUND_REALDATA, else ../shared/realdata beside the repository.")
  Path realdata;

  @Option(names = "--hunt-args", paramLabel = "ARGS", description = "Append these hunt arguments (space-separated, e.g. \"--tune IncludeInternalDestinations=true\") to every case's options: a what-if beside the defaults.")
  String huntArgs;

  @Option(names = "--committed-only", description = "Run only the cases whose inputs are committed in the repository.")
  boolean committedOnly;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    try {
      for (Path p : cases.isEmpty() ? List.of(Path.of("eval", "cases")) : cases) {
        files.addAll(caseFiles(p));
      }
    } catch (IOException | IllegalArgumentException e) {
      err.println("cronhound eval: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<EvalCase> loaded = new ArrayList<>();
    try {
      for (Path f : files) {
        EvalCase c = EvalCase.read(f);
        if (!(committedOnly && c.needsRealdata())) {
          loaded.add(c);
        }
      }
    } catch (IOException e) {
      err.println("cronhound eval: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path base = root != null ? root : repositoryOf(files.isEmpty() ? Path.of(".") : files.get(0));
    Path real = realdata != null ? realdata : defaultRealdata(base);
    List<String> extra = huntArgs == null || huntArgs.isBlank() ? List.of() : List.of(huntArgs.trim().split("\\s+"));
    Scorer scorer = new Scorer(args -> huntSettings(args, clock), clock, base, real, extra);
    Scorer.Report report;
    try {
      report = scorer.score(loaded);
    } catch (IllegalArgumentException e) {
      err.println("cronhound eval: bad hunt options in a case: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      if (json) {
        EvalOutput.json(report, out);
        out.println();
      } else {
        EvalOutput.table(report, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Hunt settings from {@code cronhound hunt} arguments, parsed by the hunt command itself, so that
   * a case runs with exactly what a user typing them gets (a later option overrides an earlier one).
   */
  static HuntSettings huntSettings(List<String> args, Clock clock) {
    HuntCommand hunt = new HuntCommand(clock);
    CommandLine cl = new CommandLine(hunt);
    cl.setOverwrittenOptionsAllowed(true);
    try {
      cl.parseArgs(args.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    try {
      return hunt.settings();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> caseFiles(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.list(p)) {
        return s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
      }
    }
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no such case file or directory: " + p);
    }
    return List.of(p);
  }

  /** The folder above the {@code eval/} that holds {@code file}, else the working directory. */
  static Path repositoryOf(Path file) {
    for (Path d = file.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
      if (d.getFileName() != null && d.getFileName().toString().equals("eval") && d.getParent() != null) {
        return d.getParent();
      }
    }
    return Path.of("").toAbsolutePath();
  }

  static Path defaultRealdata(Path repository) {
    String env = System.getenv("CRONHOUND_REALDATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return repository.resolve("../shared/realdata").normalize();
  }
}
