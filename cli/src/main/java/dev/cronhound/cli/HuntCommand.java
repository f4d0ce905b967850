package dev.cronhound.cli;

import dev.cronhound.cli.engine.Hunt;
import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.cli.sink.FindingJson;
import dev.cronhound.cli.sink.FindingTable;
import dev.cronhound.cli.sink.RunSummary;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.linux.audit.Passwd;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cronhound hunt PATH...}: read logs, find rhythmic outbound channels, rank and explain them. */
@Command(
    name = "hunt",
    mixinStandardHelpOptions = true,
    description = {
      "Reads logs (files, directories, - for stdin; .gz transparently), groups traffic into channels "
          + "(host -> destination; with endpoint logs, initiator -> destination, the initiator being the "
          + "scheduled task or process behind it) and ranks those that beat on a rhythm.",
      "Prints a ranked table; with -o writes one JSON finding per line (docs/findings.md). "
          + "What was read goes to stderr."
    })
public final class HuntCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Clock clock;

  /** A hunt whose last resort for the year of year-less syslog stamps is {@code clock}. */
  public HuntCommand(Clock clock) {
    this.clock = clock;
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files or directories; - reads stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write findings as JSON lines to FILE (- for stdout).")
  String output;

  @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "0.6", description = "Report findings scoring at least this (0..1). Default: ${DEFAULT-VALUE}.")
  double minScore;

  @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Report at most N findings (0: all).")
  int top;

  @Option(names = "--since", paramLabel = "TIME", converter = TimeArgument.class, description = "Ignore flows before TIME (2026-01-05, 2026-01-05T02:00:00Z or epoch seconds).")
  Long since;

  @Option(names = "--until", paramLabel = "TIME", converter = TimeArgument.class, description = "Ignore flows after TIME.")
  Long until;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Read every input as FORMAT instead of sniffing (see 'cronhound formats': zeek-tsv, zeek-json).")
  String format;

  @Option(names = "--tune", paramLabel = "NAME=VALUE", description = "Set a tunable (repeatable); 'cronhound tunables' lists them with defaults.")
  Map<String, String> tune = new LinkedHashMap<>();

  @Option(names = "--allow-dest", paramLabel = "ENTRY", description = "Add to DestIPAllowlist: an IP, CIDR, domain or *.domain (repeatable).")
  List<String> allowDest = new ArrayList<>();

  @Option(names = "--allowlist", paramLabel = "FILE", description = "Read DestIPAllowlist entries from FILE, one per line (# comments).")
  Path allowlistFile;

  @Option(names = "--baseline", paramLabel = "ENTRY", description = "Add to ParentProcessBaseline: a task path (\\Corp\\Backup), an image name (backup.exe) or parent>child (svchost.exe>backup.exe); * wildcards (repeatable).")
  List<String> baseline = new ArrayList<>();

  @Option(names = "--baseline-file", paramLabel = "FILE", description = "Read ParentProcessBaseline entries from FILE, one per line (# comments).")
  Path baselineFile;

  @Option(names = "--passwd", paramLabel = "FILE", description = "Name audit uids (uid, auid) from this passwd file, ideally the logging host's. Default: numbers, or the job's run-as name.")
  Path passwdFile;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year of the first RFC 3164 syslog stamp of each file (those stamps carry none; a file crossing new year continues into the next). Default: from the same host's dated records, else the run's, else the file's modification time, else the clock (with a warning).")
  Integer year;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HuntSettings settings;
    try {
      settings = settings();
    } catch (IllegalArgumentException e) {
      err.println("cronhound hunt: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    HuntResult result = Hunt.run(settings, System.in, clock);
    boolean jsonToStdout = "-".equals(output);
    if (!jsonToStdout) {
      FindingTable.print(result.findings(), out);
    }
    if (output != null) {
      try {
        writeJson(result.findings(), jsonToStdout ? out : null, jsonToStdout ? null : Path.of(output));
      } catch (IOException e) {
        err.println("cronhound hunt: cannot write " + output + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    out.flush();
    RunSummary.print(result, settings.minScore(), err);
    err.flush();
    if (result.read().totalRecords() == 0) {
      err.println("cronhound hunt: nothing could be read from " + String.join(" ", paths)
          + (result.read().problemSamples().isEmpty() ? "" : " (" + result.read().problemSamples().get(0) + ")"));
      return ExitCodes.NOTHING_READ;
    }
    return ExitCodes.OK;
  }

  /** The run's settings from the parsed options; {@code cronhound eval} builds its runs with it too. */
  HuntSettings settings() throws IOException {
    InputFormat f = null;
    if (format != null) {
      f = InputFormat.byId(format).orElseThrow(() -> new IllegalArgumentException(
          "unknown format '" + format + "' (run 'cronhound formats')"));
    }
    List<String> entries = new ArrayList<>(allowDest);
    if (allowlistFile != null) {
      if (!Files.isReadable(allowlistFile)) {
        throw new IllegalArgumentException("cannot read allowlist file " + allowlistFile);
      }
      entries.addAll(Files.readAllLines(allowlistFile, StandardCharsets.UTF_8));
    }
    List<String> baselined = new ArrayList<>(baseline);
    if (baselineFile != null) {
      if (!Files.isReadable(baselineFile)) {
        throw new IllegalArgumentException("cannot read baseline file " + baselineFile);
      }
      baselined.addAll(Files.readAllLines(baselineFile, StandardCharsets.UTF_8));
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("--min-score must be between 0 and 1");
    }
    Passwd passwd = Passwd.NONE;
    if (passwdFile != null) {
      if (!Files.isReadable(passwdFile)) {
        throw new IllegalArgumentException("cannot read passwd file " + passwdFile);
      }
      passwd = Passwd.read(passwdFile);
    }
    if (year != null && (year < 1970 || year > 9999)) {
      throw new IllegalArgumentException("--year must be a year from 1970 to 9999, not " + year);
    }
    return HuntSettings.of(
        paths,
        f,
        since == null ? Long.MIN_VALUE : since,
        until == null ? Long.MAX_VALUE : until,
        tune,
        new DestinationAllowlist(entries),
        new ParentProcessBaseline(baselined),
        minScore,
        Math.max(0, top)).withPasswd(passwd).withYear(year == null ? 0 : year);
  }

  private static void writeJson(List<Finding> findings, PrintWriter stdout, Path file) throws IOException {
    if (stdout != null) {
      for (Finding f : findings) {
        stdout.print(FindingJson.line(f));
        stdout.print('\n');
      }
      return;
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Finding f : findings) {
        w.write(FindingJson.line(f));
        w.write('\n');
      }
    }
  }
}
