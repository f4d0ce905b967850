package dev.cronhound.cli;

import dev.cronhound.cli.config.EntryFile;
import dev.cronhound.cli.config.SiteFile;
import dev.cronhound.cli.config.SiteFileException;
import dev.cronhound.cli.config.SiteFileReader;
import dev.cronhound.cli.engine.Hunt;
import dev.cronhound.cli.engine.HuntProgress;
import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.cli.engine.KnownServiceFiles;
import dev.cronhound.cli.sink.FindingJson;
import dev.cronhound.cli.sink.FindingTable;
import dev.cronhound.cli.sink.ProgressLine;
import dev.cronhound.cli.sink.ResultCause;
import dev.cronhound.cli.sink.RunSummary;
import dev.cronhound.cli.sink.Terminal;
import dev.cronhound.core.context.KnownServices;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.EntryLine;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      "Prints a ranked table fitted to the terminal; with -o writes one JSON finding per line (docs/findings.md). "
          + "When nothing reaches the minimum score, or a filter left out more than a tenth of the input, one line "
          + "says why and which flag changes it. What was read goes to stderr (docs/hunt-output.md)."
    })
public final class HuntCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** The environment variable naming a site file when {@code --config} is not given. */
  static final String CONFIG_VARIABLE = "CRONHOUND_CONFIG";

  private final Clock clock;
  private final Map<String, String> environment;

  /** The site file this run read, as the summary names it; null when none. */
  private String siteFileRead;

  /** A hunt whose last resort for the year of year-less syslog stamps is {@code clock}. */
  public HuntCommand(Clock clock) {
    this(clock, System.getenv());
  }

  /** The same, reading {@value #CONFIG_VARIABLE} from {@code environment}. */
  HuntCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
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

  @Option(names = "--config", paramLabel = "FILE", description = "Read site settings from FILE (docs/site-file.md; 'cronhound config --print-defaults' writes one). Default: $CRONHOUND_CONFIG when set. Flags win: --tune replaces a tunable, list flags add to its lists.")
  Path config;

  @Option(names = "--tune", paramLabel = "NAME=VALUE", description = "Set a tunable (repeatable); 'cronhound tunables' lists them with defaults.")
  Map<String, String> tune = new LinkedHashMap<>();

  @Option(names = "--internal", paramLabel = "CIDR", description = "Add a local network to the defaults (repeatable; a public campus range, the server's own address). Zeek's local_orig/local_resp still decide where logged.")
  List<String> internal = new ArrayList<>();

  @Option(names = "--not-internal", paramLabel = "CIDR", description = "Cut a network out of the local ones (repeatable; a sub-range of 10.0.0.0/8 leaves the rest local), e.g. a lab's C2 range in RFC 1918 space.")
  List<String> notInternal = new ArrayList<>();

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

  @Option(names = "--no-known-services", description = "Do not lower vendor automation (OS update and telemetry, antivirus, time, revocation, browser updaters) with the shipped known-services list (docs/known-services.md). Lists given with --known-services still apply.")
  boolean noKnownServices;

  @Option(names = "--known-services", paramLabel = "FILE", description = "Add the known-services entries of FILE (repeatable; 'pattern | ports | category | vendor | service | source' a line, # comments); they win over shipped entries as specific. With --no-known-services they replace the shipped list.")
  List<Path> knownServiceFiles = new ArrayList<>();

  @Option(names = "--width", paramLabel = "N", description = "Fit the table to N columns (at least 60). Default: COLUMNS, else the terminal's width, else 120 (output to a file or a pipe).")
  Integer width;

  @Option(names = "--progress", negatable = true, description = "Show progress on stderr (files, MB, events/s, phase) once a run has taken 2 s, at most once a second; --no-progress never. Default: when stderr is a terminal.")
  Boolean progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HuntSettings settings;
    try {
      settings = settings();
    } catch (SiteFileException e) {
      e.problems().forEach(err::println);
      err.println("cronhound hunt: the site file has " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("cronhound hunt: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (width != null && width < Terminal.MIN_WIDTH) {
      err.println("cronhound hunt: --width must be at least " + Terminal.MIN_WIDTH + ", not " + width);
      return ExitCodes.USAGE;
    }
    int columns = Terminal.width(width, System.getenv(), Terminal.isTerminal(1));
    boolean errTerminal = Terminal.isTerminal(2);
    HuntProgress shown = (progress != null ? progress : errTerminal)
        ? new ProgressLine(err, errTerminal, Terminal.width(null, System.getenv(), errTerminal), System::nanoTime)
        : HuntProgress.NONE;
    HuntResult result = Hunt.run(settings, System.in, clock, shown);
    Optional<String> cause = ResultCause.of(result, settings);
    boolean jsonToStdout = "-".equals(output);
    if (!jsonToStdout) {
      FindingTable.print(result.findings(), columns, out);
      cause.ifPresent(out::println);
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
    if (siteFileRead != null) {
      err.println("site file: " + siteFileRead);
    }
    RunSummary.print(result, settings.minScore(), err);
    if (jsonToStdout) {
      cause.ifPresent(err::println);
    }
    err.flush();
    if (result.read().totalRecords() == 0) {
      err.println("cronhound hunt: nothing could be read from " + String.join(" ", paths)
          + (result.read().problemSamples().isEmpty() ? "" : " (" + result.read().problemSamples().get(0) + ")"));
      return ExitCodes.NOTHING_READ;
    }
    return ExitCodes.OK;
  }

  private HuntSettings settings() throws IOException {
    InputFormat f = null;
    if (format != null) {
      f = InputFormat.byId(format).orElseThrow(() -> new IllegalArgumentException(
          "unknown format '" + format + "' (run 'cronhound formats')"));
    }
    if (since != null && until != null && since > until) {
      throw new IllegalArgumentException("--since " + instant(since) + " is after --until " + instant(until)
          + ": no flow can be in that window (swap them?)");
    }
    SiteFile site = siteFile();
    List<EntryLine> entries = new ArrayList<>(site.allowlist());
    entries.addAll(EntryLine.of("--allow-dest", allowDest));
    if (allowlistFile != null) {
      entries.addAll(EntryFile.read(allowlistFile, "allowlist"));
    }
    List<EntryLine> baselined = new ArrayList<>(site.baseline());
    baselined.addAll(EntryLine.of("--baseline", baseline));
    if (baselineFile != null) {
      baselined.addAll(EntryFile.read(baselineFile, "baseline"));
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
        LocalNetworks.apply(siteTunables(site), concat(site.internal(), internal), concat(site.notInternal(), notInternal)),
        DestinationAllowlist.of(entries),
        ParentProcessBaseline.of(baselined),
        minScore,
        Math.max(0, top)).withPasswd(passwd).withYear(year == null ? 0 : year)
        .withKnownServices(knownServices(site));
  }

  /** The site file's tunables under --tune; its {@code directions:} as the Directions tunable unless a flag sets it. */
  private Map<String, String> siteTunables(SiteFile site) {
    Map<String, String> merged = new java.util.LinkedHashMap<>();
    if (!site.directions().equals(SiteFile.ALL_DIRECTIONS)) {
      merged.put("Directions", String.join(",",
          site.directions().stream().map(dev.cronhound.core.channel.Direction::id).toList()));
    }
    merged.putAll(site.tunablesWith(tune));
    return merged;
  }

  /** The site file's networks first, then the flags' (which win on removal: see LocalNetworks). */
  private static List<String> concat(List<dev.cronhound.core.net.Cidr> fromSite, List<String> fromFlags) {
    List<String> out = new ArrayList<>();
    fromSite.forEach(c -> out.add(c.toString()));
    out.addAll(fromFlags);
    return out;
  }

  /** The shipped list (unless --no-known-services) extended by each --known-services file, in order. */
  private KnownServices knownServices(SiteFile site) {
    KnownServices list = noKnownServices || !site.knownServices() ? KnownServices.NONE : KnownServiceFiles.shipped();
    for (Path file : knownServiceFiles) {
      list = list.extendedBy(KnownServiceFiles.read(file));
    }
    return list;
  }

  /**
   * The site file of {@code --config}, else of {@value #CONFIG_VARIABLE}, else the defaults. Its
   * allowlist, baseline and tunables are applied here; {@link SiteFile#internal()}, {@link
   * SiteFile#notInternal()}, {@link SiteFile#directions()} and {@link SiteFile#knownServices()}
   * are for the settings that read them.
   */
  private SiteFile siteFile() {
    Path file = config;
    String read = config == null ? null : config.toString();
    if (file == null) {
      String env = environment.get(CONFIG_VARIABLE);
      file = env == null || env.isBlank() ? null : Path.of(env);
      if (file != null && !Files.isReadable(file)) {
        throw new IllegalArgumentException(CONFIG_VARIABLE + " names " + file + ", which cannot be read");
      }
      read = file == null ? null : file + " (from " + CONFIG_VARIABLE + ")";
    }
    siteFileRead = read;
    return file == null ? SiteFile.DEFAULTS : SiteFileReader.read(file);
  }

  private static String instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
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
