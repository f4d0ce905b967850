package dev.cronhound.formats;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.formats.linux.cron.JobFileReader;
import dev.cronhound.formats.linux.cron.JournalExportReader;
import dev.cronhound.formats.linux.cron.JournalJsonReader;
import dev.cronhound.formats.linux.cron.LinuxSniffer;
import dev.cronhound.formats.linux.cron.SyslogReader;
import dev.cronhound.formats.linux.cron.SyslogTime;
import dev.cronhound.formats.linux.audit.AuditEventMapper;
import dev.cronhound.formats.linux.audit.AuditEventSink;
import dev.cronhound.formats.linux.audit.AuditReader;
import dev.cronhound.formats.linux.audit.AuditSniffer;
import dev.cronhound.formats.linux.audit.Passwd;
import dev.cronhound.formats.network.ZeekJsonReader;
import dev.cronhound.formats.network.ZeekSniffer;
import dev.cronhound.formats.network.ZeekTsvReader;
import dev.cronhound.formats.windows.WindowsEventMapper;
import dev.cronhound.formats.windows.WindowsJsonReader;
import dev.cronhound.formats.windows.WindowsRecordSink;
import dev.cronhound.formats.windows.WindowsSniffer;
import dev.cronhound.formats.windows.WindowsXmlReader;
import dev.cronhound.formats.windows.evtx.EvtxReader;
import dev.cronhound.formats.year.YearEvidence;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the inputs a user named and reads them: the entry point the engine calls.
 *
 * <pre>
 * ReadReport report = new ReadReport();
 * for (InputFile f : Inputs.discover(args, null, report, System.in)) {
 *   Inputs.read(f, engine::accept, report);
 * }
 * </pre>
 */
public final class Inputs {

  /** How many decompressed bytes of each input are looked at to recognise its format. */
  static final int SNIFF_BYTES = 64 << 10;

  private Inputs() {}

  /**
   * The inputs named by {@code args}, in order: a file; a directory, walked recursively (following
   * symbolic links) with its files sorted by path and hidden files and directories skipped; or
   * {@code -} for {@code stdin}. Gzip content (magic {@code 1f 8b}) is decompressed whatever the
   * file is called; a zip archive is read as a folder of its entries ({@link ZipInputs}). The format is sniffed from the content unless {@code override} is given; the
   * log kind from the content, the file name or the field set. Inputs that cannot be opened or
   * recognised are reported to {@code report} as {@code name:0: reason} and left out.
   */
  public static List<InputFile> discover(
      List<String> args, InputFormat override, ReadReport report, InputStream stdin) {
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        sniffStdin(stdin, override, report).ifPresent(out::add);
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        report.malformed(arg, 0, "cannot read: invalid path");
        continue;
      }
      if (Files.isDirectory(path)) {
        for (Path p : walk(path, report)) {
          sniffPath(p, p.toString(), override, true, report, out);
        }
      } else {
        sniffPath(path, arg, override, false, report, out);
      }
    }
    return out;
  }

  /**
   * Streams every event of {@code file} into {@code sink}, counting records, bytes and problems in
   * {@code report}. Never throws for bad content: unreadable input is reported with file and line.
   */
  public static void read(InputFile file, EventSink sink, ReadReport report) {
    read(file, sink, report, 1);
  }

  /**
   * {@link #read(InputFile, EventSink, ReadReport)} with up to {@code threads} threads decoding
   * EVTX chunks (events still arrive in file order, on the calling thread). Windows records become
   * events through {@link WindowsEventMapper}; records of event ids it does not map are read and
   * counted, and yield nothing.
   */
  public static void read(InputFile file, EventSink sink, ReadReport report, int threads) {
    read(file, sink, report, threads, Passwd.NONE);
  }

  /**
   * {@link #read(InputFile, EventSink, ReadReport, int)} naming audit uids from {@code passwd}
   * (auditd input only; {@link Passwd#NONE} keeps numbers).
   */
  public static void read(
      InputFile file, EventSink sink, ReadReport report, int threads, Passwd passwd) {
    read(file, sink, report, threads, passwd, null);
  }

  /**
   * {@link #read(InputFile, EventSink, ReadReport, int, Passwd)} completing year-less syslog stamps
   * with {@code syslogTime} ({@link SyslogYears#timeFor}); when null, with the file's modification
   * time alone (stdin: no year; such lines are reported).
   */
  public static void read(
      InputFile file, EventSink sink, ReadReport report, int threads, Passwd passwd, SyslogTime syslogTime) {
    report.fileOpened(file.name());
    try (InputStream in = file.open()) {
      switch (file.format()) {
        case ZEEK_TSV -> ZeekTsvReader.read(in, file.name(), file.logKind(), sink, report);
        case ZEEK_JSON -> ZeekJsonReader.read(in, file.name(), file.logKind(), sink, report);
        case EVTX, WINDOWS_XML, WINDOWS_JSON ->
            readWindows(file, in, new WindowsEventMapper(sink), report, threads);
        case SYSLOG -> SyslogReader.read(in, file.name(), syslogTime != null ? syslogTime
            : SyslogTime.anchored(ZoneOffset.UTC, YearEvidence.fileTimesOnly().forFile(file.name(), null, file.modifiedMicros())),
            sink, report);
        case JOURNALD_JSON -> JournalJsonReader.read(in, file.name(), sink, report);
        case JOURNALD_EXPORT -> JournalExportReader.read(in, file.name(), sink, report);
        case LINUX_JOBS -> JobFileReader.read(in, file.name(), sink, report);
        case AUDITD ->
            AuditReader.read(in, file.name(), new AuditEventMapper(sink, passwd, file.name()), report);
      }
    } catch (IOException e) {
      report.malformed(file.name(), 0, "cannot read: " + describe(e));
    }
  }

  /**
   * Streams the Windows records of {@code file} as read, not mapped to events (for {@code convert
   * --to jsonl}), EVTX through {@code evtx}, the run's reader: the last records of an EVTX file
   * may reach the sink during the next call or at {@link EvtxReader#finish()}, in order. A file in
   * a non-Windows format is reported and left out.
   */
  public static void readRecords(
      InputFile file, WindowsRecordSink sink, ReadReport report, EvtxReader evtx) {
    if (!file.format().isWindows()) {
      evtx.finish();
      report.fileOpened(file.name());
      report.malformed(file.name(), 0, "not a Windows event log (" + file.format().id() + ")");
      return;
    }
    if (file.format() != InputFormat.EVTX) {
      evtx.finish();
    }
    report.fileOpened(file.name());
    try (InputStream in = file.open()) {
      readWindows(file, in, sink, report, evtx);
    } catch (IOException e) {
      evtx.finish();
      report.malformed(file.name(), 0, "cannot read: " + describe(e));
    }
  }

  /**
   * Streams the assembled audit events of {@code file}, not mapped (for {@code convert --to
   * jsonl}). A file in another format is reported and left out.
   */
  public static void readAuditEvents(InputFile file, AuditEventSink sink, ReadReport report) {
    report.fileOpened(file.name());
    if (file.format() != InputFormat.AUDITD) {
      report.malformed(file.name(), 0, "not an audit log (" + file.format().id() + ")");
      return;
    }
    try (InputStream in = file.open()) {
      AuditReader.read(in, file.name(), sink, report);
    } catch (IOException e) {
      report.malformed(file.name(), 0, "cannot read: " + describe(e));
    }
  }

  private static void readWindows(
      InputFile file, InputStream in, WindowsRecordSink sink, ReadReport report, int threads) {
    try (EvtxReader evtx = new EvtxReader(file.format() == InputFormat.EVTX ? threads : 1)) {
      readWindows(file, in, sink, report, evtx);
      evtx.finish();
    }
  }

  private static void readWindows(
      InputFile file, InputStream in, WindowsRecordSink sink, ReadReport report, EvtxReader evtx) {
    switch (file.format()) {
      case EVTX -> evtx.readFile(in, file.name(), sink, report);
      case WINDOWS_XML -> WindowsXmlReader.read(in, file.name(), sink, report);
      case WINDOWS_JSON -> WindowsJsonReader.read(in, file.name(), sink, report);
      default -> throw new IllegalArgumentException("not a Windows format: " + file.format());
    }
  }

  private static List<Path> walk(Path dir, ReadReport report) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && hidden(d)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !hidden(f)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              report.malformed(f.toString(), 0, "cannot read: " + describe(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      report.malformed(dir.toString(), 0, "cannot read: " + describe(e));
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Sniffs one file, or each entry of a zip archive ({@link ZipInputs}), into {@code out}. */
  private static void sniffPath(
      Path path, String name, InputFormat override, boolean walked, ReadReport report, List<InputFile> out) {
    if (!ZipInputs.isZip(path)) {
      sniffFile(path, name, override, walked, report).ifPresent(out::add);
      return;
    }
    List<String> entries;
    try {
      entries = ZipInputs.entries(path);
    } catch (IOException e) {
      report.malformed(name, 0, "cannot read: " + describe(e));
      return;
    }
    for (String entry : entries) {
      String entryName = name + "/" + entry;
      Prefix prefix;
      try (InputStream in = ZipInputs.open(path, entry)) {
        prefix = Prefix.read(in);
      } catch (IOException e) {
        report.malformed(entryName, 0, "cannot read: " + describe(e));
        continue;
      }
      String leaf = entry.substring(entry.lastIndexOf('/') + 1);
      recognise(prefix, entryName, leaf, override, true, report)
          .map(r -> new InputFile(entryName, r.format(), r.logKind(), () -> ZipInputs.open(path, entry)))
          .ifPresent(out::add);
    }
  }

  /**
   * Sniffs one file. A file the user named that is not a log is a problem; one met while walking a
   * directory ({@code walked}) is only listed as skipped, since log folders hold READMEs too.
   */
  private static Optional<InputFile> sniffFile(
      Path path, String name, InputFormat override, boolean walked, ReadReport report) {
    Prefix prefix;
    try (InputStream in = Decompression.open(Files.newInputStream(path))) {
      prefix = Prefix.read(in);
    } catch (IOException e) {
      String reason = e instanceof NoSuchFileException ? "no such file" : describe(e);
      report.malformed(name, 0, "cannot read: " + reason);
      return Optional.empty();
    }
    return recognise(prefix, name, path.getFileName().toString(), override, walked, report)
        .map(
            r ->
                new InputFile(
                    name,
                    r.format(),
                    r.logKind(),
                    () -> Decompression.open(Files.newInputStream(path))));
  }

  private static Optional<InputFile> sniffStdin(
      InputStream stdin, InputFormat override, ReadReport report) {
    InputStream in;
    Prefix prefix;
    try {
      in = Decompression.open(stdin);
      prefix = Prefix.read(in);
    } catch (IOException e) {
      report.malformed("-", 0, "cannot read: " + describe(e));
      return Optional.empty();
    }
    boolean[] opened = {false};
    InputFile.Source once =
        () -> {
          if (opened[0]) {
            throw new IOException("stdin can only be read once");
          }
          opened[0] = true;
          return new SequenceInputStream(
              new ByteArrayInputStream(prefix.bytes(), 0, prefix.length()), prefix.rest(in));
        };
    return recognise(prefix, "-", null, override, false, report)
        .map(r -> new InputFile("-", r.format(), r.logKind(), once));
  }

  private static Optional<ZeekSniffer.Result> recognise(
      Prefix prefix,
      String name,
      String fileName,
      InputFormat override,
      boolean walked,
      ReadReport report) {
    if (prefix.length() == 0) {
      if (prefix.error() != null) {
        report.malformed(name, 0, "cannot read: " + describe(prefix.error()));
      } else if (walked) {
        report.skippedFile(name, "empty file");
      } else {
        report.malformed(name, 0, "empty file");
      }
      return Optional.empty();
    }
    Optional<ZeekSniffer.Result> r;
    if (override != null && (override.isWindows() || override.isLinux())) {
      r = Optional.of(new ZeekSniffer.Result(override, null));
    } else if (override == null) {
      r =
          // Audit records forwarded through syslog look like syslog: the audit sniffer goes first.
          WindowsSniffer.sniff(prefix.bytes(), prefix.length())
              .or(() -> AuditSniffer.sniff(prefix.bytes(), prefix.length()))
              .or(() -> LinuxSniffer.sniff(prefix.bytes(), prefix.length(), name))
              .map(f -> new ZeekSniffer.Result(f, null))
              .or(() -> ZeekSniffer.sniff(prefix.bytes(), prefix.length(), fileName, null));
    } else {
      r = ZeekSniffer.sniff(prefix.bytes(), prefix.length(), fileName, override);
    }
    if (r.isEmpty()) {
      if (walked) {
        report.skippedFile(name, "not a recognised log format");
      } else {
        report.malformed(name, 0, "not a recognised log format");
      }
    }
    return r;
  }

  static String describe(IOException e) {
    return e.getClass().getSimpleName() + ": " + Snippet.line(e.getMessage());
  }
}
