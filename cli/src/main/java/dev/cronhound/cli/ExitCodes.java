package dev.cronhound.cli;

/** What {@code cronhound} exits with. */
final class ExitCodes {
  /** The run completed and read something (findings or not). */
  static final int OK = 0;
  /** Nothing could be read from any input. */
  static final int NOTHING_READ = 1;
  /** The command line or a tunable was wrong. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
