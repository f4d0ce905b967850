package dev.cronhound.cli.simulate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
public final class WindowsSimulationCommand extends EstateSimulationCommand {
  @Option(
      names = "--hosts",
      paramLabel = "N",
      defaultValue = "5",
      description = "Workstations, at least 4 (default: ${DEFAULT-VALUE}).")
  private int hosts;

  @Override
  String simulate() throws Exception {
    WindowsSimulationSummary s =
        WindowsSimulation.run(
            new WindowsSimulationOptions(run.seed, run.days, start.start, hosts, out));
    return "wrote "
        + HostCounts.total(s.events())
        + " Windows events ("
        + HostCounts.perHost(s.events())
        + ") as XML and NDJSON, "
        + s.conn()
        + " conn and "
        + s.dns()
        + " dns records and "
        + TruthFile.NAME
        + " to "
        + s.out();
  }
}
