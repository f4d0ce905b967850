package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a systemd {@code .timer} unit into one {@link dev.cronhound.core.event.ScheduledJob} (see
 * {@link TimerUnit}), with the service it activates read from the same directory when it is there.
 * Unit file lines that are neither a section, a setting nor a comment are counted as malformed
 * with their line; a timer without a {@code [Timer]} section gives no job and one problem.
 */
public final class TimerReader {

  /** Unit files over this size are not read. */
  static final int MAX_BYTES = 1 << 20;

  private TimerReader() {}

  /**
   * Streams the job of the timer {@code in} named {@code file} (the file's last change {@code
   * fileTimeMicros} is its time); its service is looked up beside {@code file} on disk.
   */
  public static void read(InputStream in, String file, long fileTimeMicros, EventSink sink, ReadReport report) {
    read(in, file, fileTimeMicros, name -> sibling(file, name), sink, report);
  }

  /** As above, the service's lines from {@code services} (unit name -> lines, or null). */
  static void read(
      InputStream in,
      String file,
      long fileTimeMicros,
      Function<String, List<String>> services,
      EventSink sink,
      ReadReport report) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      report.malformed(file, 0, "read error: " + Snippet.line(e.getMessage()));
      return;
    }
    report.bytesRead(bytes.length);
    if (bytes.length > MAX_BYTES) {
      report.malformed(file, 0, "unit file larger than " + MAX_BYTES + " bytes");
      return;
    }
    UnitFile timer = UnitFile.parse(new String(bytes, StandardCharsets.UTF_8).lines().toList());
    for (UnitFile.Problem p : timer.problems()) {
      report.malformed(file, p.line(), p.reason());
    }
    if (!timer.hasSection("Timer")) {
      report.malformed(file, 0, "no [Timer] section");
      return;
    }
    String timerName = fileName(file);
    List<String> serviceLines = services.apply(TimerUnit.serviceName(timer, timerName));
    UnitFile service = serviceLines == null ? null : UnitFile.parse(serviceLines);
    sink.accept(TimerUnit.job(timer, timerName, service, file, fileTimeMicros));
    report.record(CrontabReader.FORMAT);
  }

  static String fileName(String file) {
    String f = file.replace('\\', '/');
    return f.substring(f.lastIndexOf('/') + 1);
  }

  private static List<String> sibling(String file, String unit) {
    if (file.equals("-") || unit.contains("/") || unit.contains("\\")) {
      return null;
    }
    try {
      Path p = Path.of(file).resolveSibling(unit);
      if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
        return null;
      }
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException | SecurityException e) {
      return null;
    }
  }
}
