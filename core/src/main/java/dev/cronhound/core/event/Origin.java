package dev.cronhound.core.event;

/**
 * Where an event was read: the file as the user named it ({@code -} for stdin) and the 1-based line
 * number, or for binary formats the byte offset of the record.
 */
public record Origin(String file, long line) {

  /** Renders as {@code file:line}, the form every report uses. */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
