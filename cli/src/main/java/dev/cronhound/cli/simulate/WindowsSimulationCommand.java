package dev.cronhound.cli.simulate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cronhound simulate windows}: writes the endpoint and network logs of a small Windows
 * estate with benign automation and three planted scheduled/automated exfiltration cases, plus
 * {@code truth.json}.
 */
@Command(
    name = "windows",
    sortOptions = false,
    description = {
      "Write a synthetic Windows estate: workstations WS01..WSnn (WSnn.corp.example, 10.20.0.11"
          + " upwards, users CORP\\alice, CORP\\bob, ...) logging Sysmon 1/3/5/22, Task Scheduler"
          + " 100/102/106/129/200/201 and Security 4698; WS04 has no Sysmon and logs Security"
          + " 4688/5156 instead. Benign automation (Windows Update, Google Update, Defender, a"
          + " nightly backup, Outlook/Teams, browsing) and three planted cases:"
          + " hourly-task-powershell (WS02), daily-task-skipped-days (WS03),"
          + " background-beacon-jitter (WS04).",
      "Layout: DIR/xml/HOST.xml (wevtutil-style event XML, one file per host, all channels in time"
          + " order), DIR/ndjson/HOST.ndjson (the same records as Winlogbeat JSON lines),"
          + " DIR/zeek/conn.log and DIR/zeek/dns.log (Zeek TSV, with network-only devices"
          + " 10.20.0.200 and 10.20.0.201), DIR/truth.json.",
      "The same options always produce byte-identical files."
    })
public final class WindowsSimulationCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write xml/, ndjson/, zeek/ and truth.json into (created if missing).")
  private Path out;

  @Mixin private SeedAndDays run;

  @Option(
      names = "--start",
      defaultValue = StartConverter.MONDAY,
      converter = StartConverter.class,
      paramLabel = "INSTANT",
      description =
          "Start of the simulated window, ISO instant or date (UTC, which is also the estate's"
              + " local time; default: ${DEFAULT-VALUE}, a Monday).")
  private Instant start;

  @Option(
      names = "--hosts",
      paramLabel = "N",
      defaultValue = "5",
      description = "Workstations, at least 4 (default: ${DEFAULT-VALUE}).")
  private int hosts;

  @Mixin private HelpOption help;

  @Override
  public Integer call() throws Exception {
    WindowsSimulationOptions options;
    try {
      options = new WindowsSimulationOptions(run.seed, run.days, start, hosts, out);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    WindowsSimulationSummary s = WindowsSimulation.run(options);
    PrintWriter w = spec.commandLine().getOut();
    StringBuilder perHost = new StringBuilder();
    long total = 0;
    for (Map.Entry<String, Long> e : s.events().entrySet()) {
      perHost.append(perHost.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      total += e.getValue();
    }
    w.println(
        "wrote "
            + total
            + " Windows events ("
            + perHost
            + ") as XML and NDJSON, "
            + s.conn()
            + " conn and "
            + s.dns()
            + " dns records and "
            + TruthFile.NAME
            + " to "
            + s.out());
    w.flush();
    return 0;
  }
}
