package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.Origin;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The log messages that show a scheduled job running, from syslog or the journal, as {@link
 * JobRun}s. One per input: it remembers the timers it has seen start.
 *
 * <ul>
 *   <li>cron ({@code CRON} on Debian, {@code crond}/{@code CROND} on cronie, {@code cron}): {@code
 *       (user) CMD (command)} (also {@code CMD START}) -> phase {@code process_created}: cron's
 *       grandchild logs this line with its own pid just before it execs {@code /bin/sh -c command},
 *       so the pid is the job's shell. job = the command (trimmed, as {@link CrontabReader}'s action
 *       command), user = the parenthesized user;
 *   <li>anacron: {@code Job `cron.daily' started} -> {@code launched}, {@code Job `cron.daily'
 *       terminated} -> {@code completed}; job = the job id, pid -1 (anacron's pid is not the job's);
 *   <li>systemd: {@code Starting X.service...} -> {@code launched}, {@code Started X.service} ->
 *       {@code action_started}, {@code Finished X.service} -> {@code completed} (job = the unit, pid
 *       -1), only for services whose timer was seen starting ({@code Started X.timer}) earlier in
 *       the same input. The unit is the journal's {@code UNIT} field or the first word after the
 *       verb (systemd 253+ writes {@code Starting X.service - Description...}; older versions write
 *       only the description, which cannot be tied to a unit from syslog).
 * </ul>
 *
 * Anything else gives nothing.
 */
final class RunMessages {

  private final Set<String> timedServices = new HashSet<>();

  /** The run {@code message} shows, or null. {@code unit} is the journal's UNIT field or null. */
  JobRun map(long ts, String host, String ident, long pid, String message, String unit, Origin origin) {
    if (ident == null || message == null) {
      return null;
    }
    String id = ident.toLowerCase(Locale.ROOT);
    if (id.equals("cron") || id.equals("crond")) {
      return cron(ts, host, pid, message, origin);
    }
    if (id.equals("anacron")) {
      return anacron(ts, host, message, origin);
    }
    if (id.equals("systemd")) {
      return systemd(ts, host, message, unit, origin);
    }
    return null;
  }

  private static JobRun cron(long ts, String host, long pid, String m, Origin origin) {
    if (!m.startsWith("(") || !m.endsWith(")")) {
      return null;
    }
    int cmd = m.indexOf(") CMD (");
    int len = 7;
    int start = m.indexOf(") CMD START (");
    if (start >= 0 && (cmd < 0 || start < cmd)) {
      cmd = start;
      len = 13;
    }
    if (cmd < 1 || cmd + len > m.length() - 1) {
      return null;
    }
    String command = m.substring(cmd + len, m.length() - 1).strip();
    if (command.isEmpty()) {
      return null;
    }
    return new JobRun(ts, host, command, JobRun.Phase.PROCESS_CREATED, null, null, pid, -1, m.substring(1, cmd), origin);
  }

  private static JobRun anacron(long ts, String host, String m, Origin origin) {
    if (!m.startsWith("Job `")) {
      return null;
    }
    int q = m.indexOf('\'', 5);
    if (q < 6) {
      return null;
    }
    String rest = m.substring(q + 1).strip();
    JobRun.Phase phase;
    if (rest.startsWith("started")) {
      phase = JobRun.Phase.LAUNCHED;
    } else if (rest.startsWith("terminated")) {
      phase = JobRun.Phase.COMPLETED;
    } else {
      return null;
    }
    return new JobRun(ts, host, m.substring(5, q), phase, null, null, -1, -1, null, origin);
  }

  private JobRun systemd(long ts, String host, String m, String unit, Origin origin) {
    JobRun.Phase phase;
    int verb;
    if (m.startsWith("Starting ")) {
      phase = JobRun.Phase.LAUNCHED;
      verb = 9;
    } else if (m.startsWith("Started ")) {
      phase = JobRun.Phase.ACTION_STARTED;
      verb = 8;
    } else if (m.startsWith("Finished ")) {
      phase = JobRun.Phase.COMPLETED;
      verb = 9;
    } else {
      return null;
    }
    String u = unit;
    if (u == null) {
      int end = verb;
      while (end < m.length() && m.charAt(end) != ' ') {
        end++;
      }
      u = m.substring(verb, end);
      while (u.endsWith(".")) {
        u = u.substring(0, u.length() - 1);
      }
    }
    if (u.endsWith(".timer")) {
      if (phase == JobRun.Phase.ACTION_STARTED) {
        timedServices.add(u.substring(0, u.length() - 6) + ".service");
      }
      return null;
    }
    if (!u.endsWith(".service") || !timedServices.contains(u)) {
      return null;
    }
    return new JobRun(ts, host, u, phase, null, null, -1, -1, null, origin);
  }
}
