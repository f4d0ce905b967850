package dev.cronhound.cli.simulate;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} of the simulate commands (a picocli mixin). */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;
}
