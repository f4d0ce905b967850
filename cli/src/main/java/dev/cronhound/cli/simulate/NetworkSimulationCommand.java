package dev.cronhound.cli.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cronhound simulate network}: writes Zeek conn/dns/ssl/http logs of a small site with
 * benign background traffic and four planted exfiltration channels, plus {@code truth.json}.
 */
@Command(
    name = "network",
    sortOptions = false,
    description = {
      "Write Zeek conn.log, dns.log, ssl.log and http.log of a simulated site, with benign"
          + " background traffic and four planted channels (jittered-beacon, daily-exfil,"
          + " fast-beacon, weekly-job), plus truth.json describing them.",
      "The same options always produce byte-identical files."
    })
public final class NetworkSimulationCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private SeedAndDays run;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the logs and truth.json into (created if missing).")
  private Path out;

  @Mixin private StartOption start;

  @Option(
      names = "--hosts",
      paramLabel = "N",
      defaultValue = "12",
      description = "Internal hosts, 10.10.0.10 upwards (default: ${DEFAULT-VALUE}).")
  private int hosts;

  @Option(
      names = "--browse-rate",
      defaultValue = "40",
      paramLabel = "PER_HOUR",
      description =
          "Browsing connections per host per busy hour (08-18 UTC on weekdays; much less at"
              + " night and on weekends; default: ${DEFAULT-VALUE}).")
  private double browseRate;

  @Option(
      names = "--format",
      defaultValue = "tsv",
      converter = FormatConverter.class,
      paramLabel = "tsv|json",
      description = "Zeek ASCII TSV with headers, or Zeek JSON lines (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(
      names = "--conn-only",
      description = "Write only conn.log (and truth.json); conn.log is unchanged by this flag.")
  private boolean connOnly;

  @Option(names = "--gzip", description = "Gzip the logs (conn.log.gz, ...).")
  private boolean gzip;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description =
          "Write one of the real-network shapes instead of the default site:"
              + " internet-facing-server, internet-facing-server-nolocal, public-campus,"
              + " lab-internal-c2, two-host-office, http-only-sensor, vendor-automation, scan,"
              + " clock-skew"
              + " (docs/simulate-network.md). Each has its own hosts, logs and length; --days"
              + " overrides the length, --hosts, --browse-rate and --conn-only do not apply.")
  private String scenario;

  @Mixin private HelpOption help;

  @Override
  public Integer call() throws Exception {
    if (scenario != null) {
      return scenario();
    }
    SimulationOptions options;
    try {
      options =
          new SimulationOptions(
              run.seed, run.days, start.start, hosts, browseRate, format, connOnly, gzip, out);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    SimulationSummary s = NetworkSimulation.run(options);
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        "wrote "
            + s.conn()
            + " conn, "
            + s.dns()
            + " dns, "
            + s.ssl()
            + " ssl, "
            + s.http()
            + " http records and "
            + TruthFile.NAME
            + " to "
            + s.out());
    w.flush();
    return 0;
  }

  private int scenario() throws Exception {
    ScenarioName name;
    try {
      name = ScenarioName.of(scenario);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    boolean daysGiven = spec.commandLine().getParseResult().hasMatchedOption("--days");
    if (daysGiven && (run.days < 1 || run.days > SimulationOptions.MAX_DAYS)) {
      throw new ParameterException(spec.commandLine(), "days must be between 1 and "
          + SimulationOptions.MAX_DAYS + ": " + run.days);
    }
    for (String ignored : new String[] {"--hosts", "--browse-rate", "--conn-only"}) {
      if (spec.commandLine().getParseResult().hasMatchedOption(ignored)) {
        throw new ParameterException(spec.commandLine(), ignored + " does not apply to --scenario");
      }
    }
    ScenarioSimulation.Summary s =
        ScenarioSimulation.run(name, run.seed, daysGiven ? run.days : 0, start.start, format, gzip, out);
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        "wrote "
            + s.count(LogKind.CONN)
            + " conn, "
            + s.count(LogKind.DNS)
            + " dns, "
            + s.count(LogKind.SSL)
            + " ssl, "
            + s.count(LogKind.HTTP)
            + " http records and "
            + TruthFile.NAME
            + " to "
            + s.out()
            + " (scenario "
            + name.id()
            + ")");
    w.flush();
    return 0;
  }

  /** Parses {@code --format} case-insensitively. */
  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected tsv or json, got '" + value + "'");
      }
    }
  }
}
