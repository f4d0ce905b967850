package dev.cronhound.formats;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.formats.linux.audit.Passwd;
import dev.cronhound.formats.linux.cron.SyslogTime;
import dev.cronhound.formats.year.DatedRecords;
import dev.cronhound.formats.year.RotatedFiles;
import dev.cronhound.formats.year.YearEvidence;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The years of a run's year-less syslog stamps, taken from the data ({@link YearEvidence}): the
 * dated inputs are read first and observed ({@link #observing}), the syslog files after them,
 * rotated files oldest first sharing one {@link SyslogTime} per chain ({@link #timeFor}), so a
 * stamp continues across new year and from {@code syslog.1} into {@code syslog}.
 *
 * <pre>
 * SyslogYears years = new SyslogYears(0, clock);
 * files.sort(SyslogYears.READING_ORDER);
 * for (InputFile f : files) {
 *   if (SyslogYears.yearless(f)) years.peek(unreadZeekFiles);
 *   Inputs.read(f, years.observing(f, dirHost, sink), report, 1, passwd, years.timeFor(f, dirHost));
 * }
 * </pre>
 */
public final class SyslogYears {

  /** How much of a Zeek file not read yet {@link #peek} reads for its first records' times. */
  static final int PEEK_BYTES = 64 << 10;

  /** Dated inputs before year-less ones, those by rotation chain, oldest first; stable otherwise. */
  public static final Comparator<InputFile> READING_ORDER =
      Comparator.<InputFile>comparingInt(f -> yearless(f) ? 1 : 0)
          .thenComparing((a, b) -> yearless(a) && yearless(b) ? RotatedFiles.OLDEST_FIRST.compare(a.name(), b.name()) : 0);

  private final DatedRecords records = new DatedRecords();
  private final YearEvidence evidence;
  private final Map<String, SyslogTime> chains = new HashMap<>();
  private final Set<String> peeked = new HashSet<>();

  /**
   * @param year the year the user gave ({@code --year}), or 0
   * @param clock the run's clock, the last resort (a warning says when it was used), or null for none
   */
  public SyslogYears(int year, Clock clock) {
    this.evidence = new YearEvidence(year, records, clock);
  }

  /** True for inputs whose stamps may lack a year (syslog files). */
  public static boolean yearless(InputFile f) {
    return f.format() == InputFormat.SYSLOG;
  }

  /**
   * {@code next}, noting the dated events of {@code f} (not syslog files nor job definitions);
   * events naming no host count for {@code directoryHost} (or null).
   */
  public EventSink observing(InputFile f, String directoryHost, EventSink next) {
    String label = label(f);
    return label == null ? next : records.observing(next, label, directoryHost);
  }

  /**
   * The stamp completion for syslog file {@code f} kept in host {@code directoryHost}'s directory
   * (or null): one per rotation chain, so read a chain's files oldest first ({@link #READING_ORDER}).
   */
  public SyslogTime timeFor(InputFile f, String directoryHost) {
    return chains.computeIfAbsent(
        f.name().equals("-") ? "-" : RotatedFiles.chain(f.name()),
        k -> SyslogTime.anchored(ZoneOffset.UTC, evidence.forFile(f.name(), directoryHost, f.modifiedMicros())));
  }

  /**
   * Notes the times of the first records of the Zeek files in {@code unread} (the first {@link
   * #PEEK_BYTES} of each, read again later in full), so syslog files read before the flows can
   * still be placed against the run's sensor logs. Stdin is not peeked (it can be read once).
   */
  public void peek(List<InputFile> unread) {
    for (InputFile f : unread) {
      boolean zeek = f.format() == InputFormat.ZEEK_TSV || f.format() == InputFormat.ZEEK_JSON;
      if (!zeek || f.name().equals("-") || !peeked.add(f.name())) {
        continue;
      }
      InputFile head = new InputFile(f.name(), f.format(), f.logKind(), () -> {
        try (InputStream in = f.open()) {
          return new ByteArrayInputStream(in.readNBytes(PEEK_BYTES));
        }
      });
      Inputs.read(head, observing(f, null, e -> {}), new ReadReport(), 1, Passwd.NONE, null);
    }
  }

  /** What {@code f}'s records are called in year notes, or null for inputs not observed. */
  static String label(InputFile f) {
    switch (f.format()) {
      case AUDITD:
        return "audit";
      case JOURNALD_JSON:
      case JOURNALD_EXPORT:
        return "journald";
      case EVTX:
      case WINDOWS_XML:
      case WINDOWS_JSON:
        return "Windows event";
      case ZEEK_TSV:
      case ZEEK_JSON:
        return f.logKind() == null ? "Zeek" : "Zeek " + f.logKind();
      default:
        return null;
    }
  }
}
