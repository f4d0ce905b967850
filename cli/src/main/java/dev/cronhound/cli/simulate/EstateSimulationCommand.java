package dev.cronhound.cli.simulate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the estate simulators ({@code simulate windows}, {@code simulate linux}) share: {@code
 * --out}, {@code --seed}, {@code --days}, {@code --start}, {@code --help}, options errors as usage
 * errors, and a one-line report of what was written.
 */
abstract class EstateSimulationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the logs and truth.json into (created if missing).")
  Path out;

  @Mixin SeedAndDays run;

  @Mixin StartOption start;

  @Mixin HelpOption help;

  /** Runs the simulation and returns the line reporting what it wrote. */
  abstract String simulate() throws Exception;

  @Override
  public final Integer call() throws Exception {
    String report;
    try {
      report = simulate();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    spec.commandLine().getOut().println(report);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
