package dev.cronhound.cli.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * What the run knows of the terminal it prints to: whether stdout or stderr is one, and how wide the
 * table may be. Width: {@code --width N}, else {@code COLUMNS} from the environment, else (stdout a
 * terminal) the width picocli detects, else {@link #DEFAULT_WIDTH}, which fits every column of the
 * table (output to a file or a pipe is rarely read in a narrow window and is easier to search one
 * finding a line).
 */
public final class Terminal {

  /** The table's width when nothing tells: output to a file or a pipe. */
  public static final int DEFAULT_WIDTH = 120;

  /** The narrowest table: rank, score, direction, host and destination at their minimum widths. */
  public static final int MIN_WIDTH = 60;

  private Terminal() {}

  /**
   * Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal: on Linux from what
   * {@code /proc/self/fd/N} points to; elsewhere whether the JVM has a console (stdin and stdout
   * terminals).
   */
  public static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * The table's width: {@code flag} when given, else {@code COLUMNS} (when a positive number), else
   * the detected width when {@code stdoutTerminal}, else {@link #DEFAULT_WIDTH}; a terminal narrower
   * than {@link #MIN_WIDTH} gets that (its terminal wraps the lines).
   */
  public static int width(Integer flag, Map<String, String> env, boolean stdoutTerminal) {
    if (flag != null) {
      return flag;
    }
    String columns = env.get("COLUMNS");
    if (columns != null) {
      try {
        int c = Integer.parseInt(columns.trim());
        if (c > 0) {
          return Math.max(MIN_WIDTH, c);
        }
      } catch (NumberFormatException e) {
        // not a width: ignored
      }
    }
    if (stdoutTerminal) {
      int detected = new CommandLine.Model.UsageMessageSpec().width(Integer.MAX_VALUE).autoWidth(true).width();
      if (detected != Integer.MAX_VALUE) {
        return Math.max(MIN_WIDTH, detected);
      }
    }
    return DEFAULT_WIDTH;
  }
}
