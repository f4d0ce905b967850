package dev.cronhound.cli.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
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

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--days",
      paramLabel = "D",
      defaultValue = "7",
      description = "Days to simulate (default: ${DEFAULT-VALUE}).")
  private int days;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the logs and truth.json into (created if missing).")
  private Path out;

  @Option(
      names = "--start",
      defaultValue = "2026-01-05T00:00:00Z",
      converter = StartConverter.class,
      paramLabel = "INSTANT",
      description =
          "Start of the simulated window, ISO instant or date (UTC; default: ${DEFAULT-VALUE},"
              + " a Monday).")
  private Instant start;

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
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  @Override
  public Integer call() throws Exception {
    SimulationOptions options;
    try {
      options =
          new SimulationOptions(seed, days, start, hosts, browseRate, format, connOnly, gzip, out);
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

  /** Parses {@code --start}: an ISO instant, an offset date-time, or a date (midnight UTC). */
  static final class StartConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        if (value.length() == 10) {
          return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "expected an ISO instant such as 2026-01-05T00:00:00Z or a date, got '" + value + "'");
      }
    }
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
