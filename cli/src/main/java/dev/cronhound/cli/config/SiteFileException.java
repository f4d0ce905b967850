package dev.cronhound.cli.config;

import java.util.List;

/**
 * A site file that cannot be used: every problem found, one per line, each as {@code
 * file:line: key: what is wrong}.
 */
public final class SiteFileException extends IllegalArgumentException {

  private final List<String> problems;

  SiteFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, as {@code file:line: key: what is wrong}. */
  public List<String> problems() {
    return problems;
  }
}
