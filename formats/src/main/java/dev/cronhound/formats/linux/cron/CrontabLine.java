package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.schedule.CronExpression;

/**
 * One line of a crontab, as crontab(5) reads it: blank or a comment ({@code #} first), an
 * environment setting {@code NAME = value} (blanks around {@code =} optional, a value in matching
 * quotes unquoted), or a job: a schedule (five fields or an {@code @nickname}), in a system table
 * ({@code /etc/crontab}, {@code /etc/cron.d/*}) the user to run as, then the command to the end of
 * the line. A leading {@code -} (Vixie cron, cronie) asks cron not to log the job's runs.
 *
 * <p>The command is cut at the first unescaped {@code %}: what precedes is the command cron runs
 * with {@code sh -c} and logs (with {@code \%} turned into {@code %}), the rest is the command's
 * standard input ({@code %} standing for newlines), kept raw in {@link #stdin}. Both trimmed.
 *
 * @param kind what the line is
 * @param schedule the job's schedule, else null
 * @param user the job's user (system tables), else null
 * @param command the job's command, else null
 * @param stdin the job's input after {@code %}, or null
 * @param logged false when the job line starts with {@code -}
 * @param name the variable's name, else null
 * @param value the variable's value, else null
 * @param problem why a {@link Kind#MALFORMED} line is not a job (one line), else null
 */
record CrontabLine(
    Kind kind,
    CronExpression schedule,
    String user,
    String command,
    String stdin,
    boolean logged,
    String name,
    String value,
    String problem) {

  enum Kind {
    BLANK,
    VARIABLE,
    JOB,
    MALFORMED
  }

  private static final CrontabLine BLANK = new CrontabLine(Kind.BLANK, null, null, null, null, true, null, null, null);

  /** Parses one line; {@code withUser} for system tables (a user field after the schedule). */
  static CrontabLine parse(String line, boolean withUser) {
    int i = skipBlanks(line, 0);
    if (i == line.length() || line.charAt(i) == '#') {
      return BLANK;
    }
    CrontabLine variable = variable(line, i);
    if (variable != null) {
      return variable;
    }
    boolean logged = true;
    if (line.charAt(i) == '-') {
      logged = false;
      i++;
      if (i == line.length() || blank(line.charAt(i))) {
        return malformed("no schedule after -");
      }
    }
    int fields = line.charAt(i) == '@' ? 1 : 5;
    int end = i;
    for (int f = 0; f < fields; f++) {
      end = skipBlanks(line, end);
      int start = end;
      end = skipWord(line, end);
      if (start == end) {
        return malformed("schedule has " + f + " of 5 fields");
      }
    }
    CronExpression schedule;
    try {
      schedule = CronExpression.parse(line.substring(i, end));
    } catch (IllegalArgumentException e) {
      return malformed("bad schedule: " + e.getMessage());
    }
    int rest = skipBlanks(line, end);
    String user = null;
    if (withUser) {
      int userEnd = skipWord(line, rest);
      if (userEnd == rest) {
        return malformed("no user after the schedule");
      }
      user = line.substring(rest, userEnd);
      rest = userEnd;
    }
    String[] parts = cutAtPercent(line.substring(rest));
    String command = parts[0].strip();
    if (command.isEmpty()) {
      return malformed("no command after the " + (withUser ? "user" : "schedule"));
    }
    return new CrontabLine(Kind.JOB, schedule, user, command, parts[1], logged, null, null, null);
  }

  private static CrontabLine variable(String line, int i) {
    int nameEnd = i;
    while (nameEnd < line.length() && line.charAt(nameEnd) != '=' && !blank(line.charAt(nameEnd))) {
      nameEnd++;
    }
    int eq = skipBlanks(line, nameEnd);
    if (nameEnd == i || eq == line.length() || line.charAt(eq) != '=') {
      return null;
    }
    String value = line.substring(eq + 1).strip();
    if (value.length() >= 2
        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      value = value.substring(1, value.length() - 1);
    }
    return new CrontabLine(Kind.VARIABLE, null, null, null, null, true, line.substring(i, nameEnd), value, null);
  }

  /** {command with \% as %, raw input after the first unescaped % or null}. */
  private static String[] cutAtPercent(String s) {
    StringBuilder cmd = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '%') {
        cmd.append('%');
        i++;
      } else if (c == '%') {
        String in = s.substring(i + 1).strip();
        return new String[] {cmd.toString(), in.isEmpty() ? null : in};
      } else {
        cmd.append(c);
      }
    }
    return new String[] {cmd.toString(), null};
  }

  private static CrontabLine malformed(String why) {
    return new CrontabLine(Kind.MALFORMED, null, null, null, null, true, null, null, why);
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && blank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipWord(String s, int i) {
    while (i < s.length() && !blank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }
}
