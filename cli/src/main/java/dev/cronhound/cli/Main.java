package dev.cronhound.cli;

import dev.cronhound.cli.simulate.SimulateCommand;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cronhound} command line. */
@Command(
    name = "cronhound",
    mixinStandardHelpOptions = true,
    version = "cronhound 0.1.0",
    description = "Hunts scheduled and automated data exfiltration in endpoint and network telemetry.")
public final class Main implements Runnable {

  /** The subcommands, by name, in the order help lists them. */
  private static final Map<String, Function<Clock, Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("hunt", HuntCommand::new);
    SUBCOMMANDS.put("convert", ConvertCommand::new);
    SUBCOMMANDS.put("simulate", clock -> new SimulateCommand());
    SUBCOMMANDS.put("tunables", clock -> new TunablesCommand());
    SUBCOMMANDS.put("formats", clock -> new FormatsCommand());
    SUBCOMMANDS.put("config", clock -> new ConfigCommand());
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /**
   * Runs the command line. When the first argument names a subcommand, only that one is built:
   * picocli reflects over every command's annotations when it builds them, which took about 0.1 s
   * of a one-core {@code cronhound convert} run for commands it did not run. The parsing, help and
   * errors of the command run are the same.
   */
  public static void main(String[] args) {
    String first = args.length > 0 ? args[0] : null;
    // The one place the system clock enters: the last resort for syslog years (SyslogYears).
    Clock clock = Clock.systemUTC();
    CommandLine cl = SUBCOMMANDS.containsKey(first) ? commandLine(first, clock) : commandLine(clock);
    System.exit(cl.execute(args));
  }

  /**
   * The configured command line with every subcommand, shared by {@link #main} and tests; {@code
   * clock} is the run's "now" (tests pass a fixed one).
   */
  public static CommandLine commandLine(Clock clock) {
    return commandLine(null, clock);
  }

  /** The command line with subcommand {@code only}, or all of them when null. */
  static CommandLine commandLine(String only, Clock clock) {
    CommandLine cl = new CommandLine(new Main());
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (only == null || only.equals(name)) {
            cl.addSubcommand(name, command.apply(clock));
          }
        });
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("cronhound: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
      return 3;
    });
    return cl;
  }
}
