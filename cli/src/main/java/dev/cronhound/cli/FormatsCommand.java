package dev.cronhound.cli;

import dev.cronhound.formats.InputFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cronhound formats}: every input format cronhound reads. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the input formats cronhound reads (sniffed automatically; --format overrides).")
public final class FormatsCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    for (InputFormat f : InputFormat.values()) {
      System.out.println(f.id());
    }
    return 0;
  }
}
