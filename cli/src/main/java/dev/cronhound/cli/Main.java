package dev.cronhound.cli;

import dev.cronhound.cli.simulate.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cronhound} command line. */
@Command(
    name = "cronhound",
    mixinStandardHelpOptions = true,
    version = "cronhound 0.1.0",
    description = "Hunts scheduled and automated data exfiltration in endpoint and network telemetry.",
    subcommands = {HuntCommand.class, ConvertCommand.class, SimulateCommand.class, TunablesCommand.class, FormatsCommand.class})
public final class Main implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("cronhound: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
      return 3;
    });
    return cl;
  }
}
