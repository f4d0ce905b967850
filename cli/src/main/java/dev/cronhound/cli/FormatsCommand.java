package dev.cronhound.cli;

import dev.cronhound.formats.InputFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cronhound formats}: every input format cronhound reads, with the id {@code --format} takes. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = "List the input formats cronhound reads (sniffed automatically; --format ID overrides).")
public final class FormatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int width = 0;
    for (InputFormat f : InputFormat.values()) {
      width = Math.max(width, f.id().length());
    }
    for (InputFormat f : InputFormat.values()) {
      spec.commandLine().getOut().printf("%-" + width + "s  %s%n", f.id(), f.description());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
