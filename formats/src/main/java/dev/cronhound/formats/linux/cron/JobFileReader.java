package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.ReadReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code linux-jobs} input: a systemd timer ({@link TimerReader}) when it is named {@code
 * .timer} or has a {@code [Timer]} section in its first 64 KiB, else a crontab ({@link
 * CrontabReader}). The jobs' time is the file's last-modified time (0 for stdin or when it cannot
 * be read): a definition file records no time of its own.
 */
public final class JobFileReader {

  private static final int PEEK = 64 << 10;

  private JobFileReader() {}

  public static void read(InputStream in, String file, EventSink sink, ReadReport report) {
    long ts = InputFile.modifiedMicros(file);
    BufferedInputStream b = new BufferedInputStream(in, PEEK);
    boolean timer = file.endsWith(".timer");
    if (!timer) {
      try {
        b.mark(PEEK);
        String head = new String(b.readNBytes(PEEK), StandardCharsets.UTF_8);
        b.reset();
        timer = head.startsWith("[Timer]") || head.contains("\n[Timer]");
      } catch (IOException e) {
        // the reader meets the same error and reports it
      }
    }
    if (timer) {
      TimerReader.read(b, file, ts, sink, report);
    } else {
      CrontabReader.read(b, file, ts, sink, report);
    }
  }


}
