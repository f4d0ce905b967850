package dev.cronhound.cli;

import dev.cronhound.cli.config.SiteFile;
import dev.cronhound.cli.config.SiteFileException;
import dev.cronhound.cli.config.SiteFilePrinter;
import dev.cronhound.cli.config.SiteFileReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cronhound config}: the site file (docs/site-file.md), printed at its defaults or checked. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "The site file (cronhound.yaml, read by hunt --config FILE or CRONHOUND_CONFIG): local networks, "
          + "directions, allowlists, known services and every tunable. See docs/site-file.md."
    })
public final class ConfigCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static final class What {
    @Option(names = "--print-defaults", required = true, description = "Print a site file with every key and tunable at its default, each with a comment.")
    boolean printDefaults;

    @Option(names = "--check", required = true, paramLabel = "FILE", description = "Check a site file; print every problem (file:line: key: what), or what the file sets.")
    Path check;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (what.printDefaults) {
      out.print(SiteFilePrinter.defaults());
      out.flush();
      return ExitCodes.OK;
    }
    SiteFile site;
    try {
      site = SiteFileReader.read(what.check);
    } catch (SiteFileException e) {
      e.problems().forEach(err::println);
      err.println("cronhound config: " + what.check + ": " + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems"));
      err.flush();
      return ExitCodes.USAGE;
    }
    out.print(SiteFilePrinter.sets(what.check, site));
    out.flush();
    return ExitCodes.OK;
  }
}
