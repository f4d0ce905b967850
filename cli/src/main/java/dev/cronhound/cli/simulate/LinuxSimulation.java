package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.DAY;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs a Linux estate simulation: boots every Debian server at the start of the window, sets up
 * its cron lines, timers and daemons, then walks the window day by day, letting every activity
 * generate that day and writing out what can no longer be preceded by a later record. Per host:
 * {@code HOST/audit.log}, {@code HOST/syslog} and the scheduling configuration; for the network
 * {@code zeek/conn.log} and {@code zeek/dns.log}; and {@code truth.json}.
 */
public final class LinuxSimulation {
  static final String RESOLVER = "10.30.0.2";

  /** web01 runs the planted crontab, db01 the planted timer, app01 the planted @reboot loop. */
  static final int WEB = 0;
  static final int DB = 1;
  static final int APP = 2;

  private static final DateTimeFormatter CTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

  private LinuxSimulation() {}

  static String hostName(int i) {
    return switch (i) {
      case WEB -> "web01";
      case DB -> "db01";
      default -> String.format(Locale.ROOT, "app%02d", i - 1);
    };
  }

  static String hostIp(int i) {
    return "10.30.0." + (11 + i);
  }

  public static LinuxSimulationSummary run(LinuxSimulationOptions options) throws IOException {
    Path zeekDir = Files.createDirectories(options.out().resolve("zeek"));
    TimeWindow window = TimeWindow.of(options.start(), options.days());
    SplittableRandom root = new SplittableRandom(options.seed());
    LinuxDestinations destinations = new LinuxDestinations(root.split());
    List<LinuxHost> hosts = new ArrayList<>();
    List<EstateActivity> activities = new ArrayList<>();
    List<LinuxCase> planted = new ArrayList<>();
    List<LinuxCase> benign = new ArrayList<>();
    Map<String, Long> audit = new LinkedHashMap<>();
    Map<String, Long> syslog = new LinkedHashMap<>();
    long conn;
    long dns;
    try (Timeline timeline =
        new Timeline(
            zeekDir,
            OutputFormat.TSV,
            false,
            EnumSet.of(LogKind.CONN, LogKind.DNS),
            window.start(),
            window.end())) {
      ZeekSensor sensor = new ZeekSensor(timeline, root.split(), RESOLVER);
      try {
        for (int i = 0; i < options.hosts(); i++) {
          SplittableRandom random = root.split();
          String name = hostName(i);
          Path dir = Files.createDirectories(options.out().resolve(name));
          HostLogs logs =
              new HostLogs(
                  new AuditLog(dir.resolve("audit.log"), random.split(), 60 + random.nextInt(120)),
                  new Syslog(dir.resolve("syslog"), name),
                  window.endMicros());
          LinuxHost host =
              new LinuxHost(
                  i, name, hostIp(i), random, logs, sensor, window.startMicros(), window.endMicros());
          hosts.add(host);
          populate(host, dir, window, destinations, random, activities, planted, benign);
        }
        EstateDays.walk(
            window,
            activities,
            watermark -> {
              for (LinuxHost h : hosts) {
                h.logs().flushBefore(watermark);
              }
              timeline.flushBefore(watermark);
            });
      } finally {
        for (LinuxHost h : hosts) {
          h.close();
        }
      }
      for (LinuxHost h : hosts) {
        audit.put(h.name, h.auditEvents());
        syslog.put(h.name, h.syslogLines());
      }
      timeline.flushBefore(Long.MAX_VALUE);
      conn = timeline.written(LogKind.CONN);
      dns = timeline.written(LogKind.DNS);
    }
    LinuxTruthFile.write(
        options.out().resolve(TruthFile.NAME), options, window, hosts, planted, benign);
    return new LinuxSimulationSummary(options.out(), audit, syslog, conn, dns);
  }

  /** Sets up what runs on {@code host}, writes its configuration files, and boots it. */
  private static void populate(
      LinuxHost host,
      Path dir,
      TimeWindow window,
      LinuxDestinations destinations,
      SplittableRandom random,
      List<EstateActivity> activities,
      List<LinuxCase> planted,
      List<LinuxCase> benign)
      throws IOException {
    Systemd systemd = new Systemd(host);
    RunPartsJob hourly = RunPartsJob.hourly(host, random.split());
    RunPartsJob daily = RunPartsJob.daily(host, random.split());
    NightlyRsync backup = new NightlyRsync(host, destinations, random.split());
    List<CronEntry> entries =
        new ArrayList<>(
            List.of(
                hourly.entry(), daily.entry(), E2scrubJob.WEEKLY, E2scrubJob.DAILY, backup.entry()));
    List<TimerUnit> timers = new ArrayList<>(List.of(AptDaily.UNIT));
    Map<String, String> installed = new LinkedHashMap<>();
    AptDaily apt = new AptDaily(host, systemd, destinations, random.split());
    MetricsAgent agent = new MetricsAgent(host, destinations, random.split());
    activities.addAll(List.of(apt, agent, new SshSessions(host, random.split())));
    benign.addAll(List.of(backup.truth(), apt.truth(), agent.truth(), daily.truth()));
    if (host.index != DB) {
      CertbotRenew certbot = new CertbotRenew(host, systemd, destinations, random.split());
      timers.add(CertbotRenew.UNIT);
      activities.add(certbot);
      benign.add(certbot.truth());
    }
    switch (host.index) {
      case WEB -> {
        UploadScriptJob job = new UploadScriptJob(host, destinations, random.split());
        entries.add(job.entry());
        installed.put(LinuxUser.WWW_DATA.name(), ctime(window.startMicros() - 3 * DAY + 14 * HOUR + 2_311_000_000L));
        planted.add(job.truth());
      }
      case DB -> {
        TelemetryTimer timer = new TelemetryTimer(host, systemd, destinations, random.split());
        timers.add(TelemetryTimer.UNIT);
        activities.add(timer);
        planted.add(timer.truth());
      }
      case APP -> {
        SyncLoop loop = new SyncLoop(host, destinations, random.split());
        entries.add(loop.entry());
        installed.put(LinuxUser.DEPLOY.name(), ctime(window.startMicros() - 9 * DAY + 16 * HOUR + 847_000_000L));
        activities.add(loop);
        planted.add(loop.truth());
      }
      default -> {}
    }
    HostConfigFiles.write(dir, entries, timers, installed);
    CronDaemon cron = new CronDaemon(host, entries);
    activities.add(cron);
    ServerBoot.boot(
        host, systemd, cron, agent, window.startMicros() + between(random, 0, 2_000_000), random.split());
  }

  private static String ctime(long micros) {
    return CTIME.format(TimeWindow.instant(micros));
  }
}
