package dev.cronhound.cli;

import dev.cronhound.cli.engine.HostFromPath;
import dev.cronhound.cli.sink.ReadSummary;
import dev.cronhound.formats.AuditEventJson;
import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.SyslogYears;
import dev.cronhound.formats.WindowsRecordJson;
import dev.cronhound.formats.linux.audit.Passwd;
import dev.cronhound.formats.windows.evtx.EvtxReader;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cronhound convert PATH... [--to jsonl|events]}: reads logs as {@code hunt} does and writes
 * what it read as JSON lines, the way {@code evtx_dump -o jsonl} users grep Windows logs.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads logs (any format 'cronhound formats' lists, sniffed; .gz transparently) and writes them as JSON lines.",
      "--to jsonl (default): Windows records as read (system fields and EventData, like evtx_dump); audit logs as assembled events (serial, time, records and their fields); other logs as their events.",
      "--to events: the normalized events every analytic sees (process starts, connections, scheduled jobs, flows, ...).",
      "What was read goes to stderr."
    })
public final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Clock clock;

  /** A conversion whose last resort for the year of year-less syslog stamps is {@code clock}. */
  public ConvertCommand(Clock clock) {
    this.clock = clock;
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files or directories; - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--to", paramLabel = "FORM", defaultValue = "jsonl", description = "jsonl or events. Default: ${DEFAULT-VALUE}.")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Read every input as FORMAT instead of sniffing (see 'cronhound formats').")
  String format;

  @Option(names = "--passwd", paramLabel = "FILE", description = "Name audit uids (uid, auid) from this passwd file, ideally the logging host's. Default: numbers.")
  Path passwdFile;

  @Option(names = "--threads", paramLabel = "N", description = "Threads decoding EVTX chunks (records stay in file order). Default: the machine's cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--year", paramLabel = "YYYY", description = "The year of the first RFC 3164 syslog stamp of each file (as for hunt). Default: from the dated records read, else the file's modification time, else the clock (with a warning).")
  Integer year;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean events;
    InputFormat forced = null;
    if ("events".equals(to)) {
      events = true;
    } else if ("jsonl".equals(to)) {
      events = false;
    } else {
      err.println("cronhound convert: --to must be jsonl or events, not '" + to + "'");
      return ExitCodes.USAGE;
    }
    if (format != null) {
      forced = InputFormat.byId(format).orElse(null);
      if (forced == null) {
        err.println("cronhound convert: unknown format '" + format + "' (run 'cronhound formats')");
        return ExitCodes.USAGE;
      }
    }
    if (threads < 1) {
      err.println("cronhound convert: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    Passwd passwd = Passwd.NONE;
    if (passwdFile != null) {
      try {
        passwd = Passwd.read(passwdFile);
      } catch (IOException e) {
        err.println("cronhound convert: cannot read --passwd " + passwdFile + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    if (year != null && (year < 1970 || year > 9999)) {
      err.println("cronhound convert: --year must be a year from 1970 to 9999, not " + year);
      return ExitCodes.USAGE;
    }
    long t0 = System.nanoTime();
    ReadReport report = new ReadReport();
    List<InputFile> files = new ArrayList<>(Inputs.discover(paths, forced, report, System.in));
    // Syslog files after the dated inputs, rotated ones oldest first: their years come from those.
    boolean yearless = files.stream().anyMatch(SyslogYears::yearless);
    files.sort(SyslogYears.READING_ORDER);
    SyslogYears years = new SyslogYears(year == null ? 0 : year, clock);
    try (OutputStream out = open();
        EvtxReader evtx = new EvtxReader(threads)) {
      EventJson eventJson = new EventJson(out);
      WindowsRecordJson recordJson = new WindowsRecordJson(out);
      AuditEventJson auditJson = new AuditEventJson(out);
      for (int i = 0; i < files.size(); i++) {
        InputFile f = files.get(i);
        String dirHost = HostFromPath.of(f.name());
        boolean raw = !events && (f.format().isWindows() || f.format() == InputFormat.AUDITD);
        if (raw && yearless && !f.name().equals("-")) {
          // Written as records, not events: their events are read once more, only for their times.
          Inputs.read(f, years.observing(f, dirHost, e -> {}), new ReadReport(), threads, passwd);
        }
        if (SyslogYears.yearless(f)) {
          years.peek(files.subList(i + 1, files.size()));
        }
        if (!events && f.format().isWindows()) {
          Inputs.readRecords(f, recordJson, report, evtx);
        } else if (!events && f.format() == InputFormat.AUDITD) {
          evtx.finish();
          recordJson.flush();
          Inputs.readAuditEvents(f, auditJson.file(f.name()), report);
          auditJson.flush();
        } else {
          evtx.finish();
          recordJson.flush();
          Inputs.read(f, years.observing(f, dirHost, eventJson), report, threads, passwd,
              SyslogYears.yearless(f) ? years.timeFor(f, dirHost) : null);
          eventJson.flush();
        }
      }
      evtx.finish();
      eventJson.close();
      recordJson.close();
      auditJson.close();
    } catch (IOException | UncheckedIOException e) {
      err.println("cronhound convert: cannot write " + (output == null ? "stdout" : output) + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ReadSummary.print(report, System.nanoTime() - t0, err);
    err.flush();
    if (report.totalRecords() == 0) {
      err.println("cronhound convert: nothing could be read from " + String.join(" ", paths)
          + (report.problemSamples().isEmpty() ? "" : " (" + report.problemSamples().get(0) + ")"));
      return ExitCodes.NOTHING_READ;
    }
    return ExitCodes.OK;
  }

  private OutputStream open() throws IOException {
    if (output == null || output.equals("-")) {
      return new BufferedOutputStream(System.out, 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return new BufferedOutputStream(new FileOutputStream(output), 1 << 16);
  }
}
