package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A long hunt's progress on stderr: the phase, the file being read, MB and events read and events
 * per second since the last line ({@code cronhound: reading 3/12 conn.log: 812.4 MB, 5,120,000
 * events, 412,000 events/s, 14 s}). Nothing for the first {@link #DELAY_NANOS} (a quick run shows
 * none), then at most one line per {@link #INTERVAL_NANOS}, and at once when the phase changes. On
 * a terminal the line rewrites itself in place and is cleared at the end; otherwise (with {@code
 * --progress}) each update is a line of its own. The time is read once per chunk of input, never
 * per record.
 */
public final class ProgressLine implements HuntProgress {

  static final long DELAY_NANOS = 2_000_000_000L;
  static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean inPlace;
  private final int width;
  private final LongSupplier nanoTime;
  private LongSupplier events = () -> 0;
  private long start;
  private long next;
  private long lastAt;
  private long lastEvents;
  private long bytes;
  private int index;
  private int files;
  private String file = "";
  private String phase = "reading";
  private boolean shown;

  /**
   * @param inPlace rewrite one line (stderr is a terminal) rather than print one per update
   * @param width the terminal's width: an in-place line is kept shorter, so it never wraps
   * @param nanoTime the clock ({@code System::nanoTime}; tests pass their own)
   */
  public ProgressLine(PrintWriter err, boolean inPlace, int width, LongSupplier nanoTime) {
    this.err = err;
    this.inPlace = inPlace;
    this.width = width;
    this.nanoTime = nanoTime;
  }

  @Override
  public void start(LongSupplier events) {
    this.events = events;
    start = nanoTime.getAsLong();
    lastAt = start;
    next = start + DELAY_NANOS;
  }

  @Override
  public void file(int index, int files, String name) {
    this.index = index;
    this.files = files;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    this.file = TerminalText.safe(name.substring(slash + 1), 40);
    this.phase = "reading";
    tick();
  }

  @Override
  public void bytes(long n) {
    bytes += n;
    tick();
  }

  @Override
  public void phase(String phase) {
    this.phase = phase;
    long now = nanoTime.getAsLong();
    if (now - start >= DELAY_NANOS) {
      show(now);
    }
  }

  @Override
  public void done() {
    if (shown && inPlace) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private void tick() {
    long now = nanoTime.getAsLong();
    if (now - next >= 0) {
      show(now);
    }
  }

  private void show(long now) {
    long n = events.getAsLong();
    double secs = (now - lastAt) / 1e9;
    String rate = secs > 0 ? String.format(Locale.ROOT, ", %,d events/s", Math.round((n - lastEvents) / secs)) : "";
    String what = phase.equals("reading") && files > 0 ? "reading " + index + "/" + files + " " + file : phase;
    String line = String.format(Locale.ROOT, "cronhound: %s: %.1f MB, %,d events%s, %d s",
        what, bytes / 1e6, n, phase.equals("reading") ? rate : "", (now - start) / 1_000_000_000L);
    if (inPlace) {
      err.print("\r" + (line.length() >= width ? line.substring(0, Math.max(1, width - 1)) : line) + "\033[K");
    } else {
      err.println(line);
    }
    err.flush();
    shown = true;
    lastAt = now;
    lastEvents = n;
    next = now + INTERVAL_NANOS;
  }
}
