package dev.cronhound.cli.simulate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes one host's {@code /var/log/syslog} as rsyslog's traditional file format has it (RFC 3164
 * style): {@code Jan  5 02:15:01 web01 CRON[12345]: message}, second resolution, no year, the
 * host's local time (UTC).
 */
final class Syslog implements Closeable {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final String host;
  private final BufferedWriter out;
  private long lines;

  Syslog(Path file, String host) throws IOException {
    this.host = host;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** Writes {@code tag[pid]: message} at host time {@code ts}; {@code pid < 0} omits the pid. */
  void line(long ts, String tag, int pid, String message) throws IOException {
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(Math.floorDiv(ts, TimeWindow.SECOND), 0, ZoneOffset.UTC);
    out.write(
        String.format(
            Locale.ROOT,
            "%s %2d %02d:%02d:%02d %s %s%s: %s\n",
            MONTHS[t.getMonthValue() - 1],
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond(),
            host,
            tag,
            pid < 0 ? "" : "[" + pid + "]",
            message));
    lines++;
  }

  long lines() {
    return lines;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
