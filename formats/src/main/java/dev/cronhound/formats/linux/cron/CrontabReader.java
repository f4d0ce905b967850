package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.schedule.CronExpression;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a crontab ({@link CrontabLine}, {@link CrontabPlace}) into one {@link ScheduledJob} per job
 * line: change {@code registered}, source {@code crontab}, name {@code <file>:<line> <command>},
 * run_as the owner (user tables) or the user field (system tables), one action (the command), one
 * trigger of kind {@code cron} with period = the schedule's typical period and detail {@code
 * schedule=<expression>} plus, when set above the line, {@code shell=}, {@code tz=} ({@code
 * CRON_TZ}), {@code random_delay=} (cronie's {@code RANDOM_DELAY}), and {@code log=false} for a
 * {@code -} line. Input after {@code %} goes to the note as {@code stdin=...}. Blank lines,
 * comments and settings give nothing; a line that is none of these is counted and reported as
 * {@code file:line: reason} and skipped. See {@code docs/linux-events.md}.
 */
public final class CrontabReader {

  static final String FORMAT = "linux-jobs";
  /** Distinct schedules whose period is remembered within one file (a period costs ~10,000 runs). */
  private static final int PERIODS_KEPT = 1024;

  private CrontabReader() {}

  /**
   * Streams the jobs of the crontab {@code in}, named {@code file} (its path tells user from system
   * tables); {@code fileTimeMicros}, the file's last change, is every job's time. Never throws for
   * bad content; does not close {@code in}.
   */
  public static void read(InputStream in, String file, long fileTimeMicros, EventSink sink, ReadReport report) {
    CrontabPlace place = CrontabPlace.of(file);
    ByteLines lines = new ByteLines(in);
    String shell = null;
    String tz = null;
    String randomDelay = null;
    Map<CronExpression, Long> periods = new HashMap<>();
    long jobs = 0;
    try {
      while (lines.next()) {
        long n = lines.lineNumber();
        if (lines.tooLong()) {
          report.malformed(file, n, "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        String text = new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
        CrontabLine line = CrontabLine.parse(text, place.system());
        switch (line.kind()) {
          case BLANK -> {}
          case VARIABLE -> {
            switch (line.name()) {
              case "SHELL" -> shell = line.value();
              case "CRON_TZ" -> tz = line.value();
              case "RANDOM_DELAY" -> randomDelay = line.value();
              default -> {}
            }
          }
          case MALFORMED -> report.malformed(file, n, Snippet.line(line.problem()) + ": " + Snippet.of(text));
          case JOB -> {
            if (periods.size() >= PERIODS_KEPT) {
              periods.clear();
            }
            long period = periods.computeIfAbsent(line.schedule(), CronExpression::periodSeconds);
            sink.accept(job(line, place, file, n, fileTimeMicros, period, shell, tz, randomDelay));
            jobs++;
          }
        }
      }
    } catch (IOException e) {
      report.malformed(file, lines.lineNumber() + 1, "read error: " + Snippet.line(e.getMessage()));
    } finally {
      report.records(FORMAT, jobs);
      report.bytesRead(lines.bytesRead());
    }
  }

  private static ScheduledJob job(
      CrontabLine line,
      CrontabPlace place,
      String file,
      long n,
      long ts,
      long period,
      String shell,
      String tz,
      String randomDelay) {
    StringBuilder detail = new StringBuilder("schedule=").append(line.schedule().text());
    append(detail, "shell", shell);
    append(detail, "tz", tz);
    append(detail, "random_delay", randomDelay);
    if (!line.logged()) {
      detail.append(";log=false");
    }
    return new ScheduledJob(
        ts,
        null,
        file + ":" + n + " " + line.command(),
        ScheduledJob.Change.REGISTERED,
        null,
        place.system() ? line.user() : place.owner(),
        List.of(new JobAction(line.command(), null, null)),
        List.of(new JobTrigger("cron", null, period, detail.toString())),
        Boolean.TRUE,
        "crontab",
        null,
        null,
        line.stdin() == null ? null : "stdin=" + line.stdin(),
        new Origin(file, n));
  }

  private static void append(StringBuilder b, String key, String value) {
    if (value != null && !value.isEmpty()) {
      b.append(';').append(key).append('=').append(value);
    }
  }
}
