package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.JobAction;

/**
 * An {@code ExecStart=} line (systemd.service(5)) as a {@link JobAction}: the special prefixes
 * ({@code @ - : + !}) dropped, the first word (unquoted when in double or single quotes) as the
 * command, the rest of the line as the arguments (as written, or null when none).
 */
final class ExecCommand {

  private ExecCommand() {}

  static JobAction of(String execStart) {
    String s = execStart.strip();
    int i = 0;
    while (i < s.length() && "@-:+!".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    s = s.substring(i);
    String command;
    int end;
    if (!s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
      int close = s.indexOf(s.charAt(0), 1);
      end = close < 0 ? s.length() : close + 1;
      command = s.substring(1, close < 0 ? s.length() : close);
    } else {
      end = 0;
      while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '\t') {
        end++;
      }
      command = s.substring(0, end);
    }
    String args = s.substring(end).strip();
    return new JobAction(command.isEmpty() ? null : command, args.isEmpty() ? null : args, null);
  }
}
