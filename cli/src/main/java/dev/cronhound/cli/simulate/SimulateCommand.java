package dev.cronhound.cli.simulate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cronhound simulate}: parent of the synthetic data generators. */
@Command(
    name = "simulate",
    subcommands = {
      NetworkSimulationCommand.class,
      WindowsSimulationCommand.class,
      LinuxSimulationCommand.class
    },
    description =
        "Generate synthetic logs with planted scheduled-exfiltration channels and a truth.json"
            + " describing them, for testing and benchmarking detections.")
public final class SimulateCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand (network, windows, linux)");
  }
}
