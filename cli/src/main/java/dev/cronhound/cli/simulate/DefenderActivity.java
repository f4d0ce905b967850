package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.DAY;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.SplittableRandom;

/**
 * Microsoft Defender on every host: the long-lived {@code MsMpEng.exe} (started by services.exe at
 * boot) fetches signatures from {@code definitionupdates.microsoft.com} every 2-4 hours with
 * large jitter (download-heavy), and the daily {@code Windows Defender Scheduled Scan} task runs
 * {@code MpCmdRun.exe Scan -ScheduleJob}, which uses no network.
 */
final class DefenderActivity implements EstateActivity {
  static final String PLATFORM =
      "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\";
  static final String ENGINE = PLATFORM + "MsMpEng.exe";
  static final String SCAN_PATH =
      "\\Microsoft\\Windows\\Windows Defender\\Windows Defender Scheduled Scan";

  private final Workstation host;
  private final Destination definitions;
  private final SplittableRandom random;
  private final WinProcess engine;
  private final InstalledTask scan;
  private final EstateCase signatures;
  private long nextUpdate;

  DefenderActivity(
      Workstation host,
      TaskSchedulerService tasks,
      EstateDestinations destinations,
      SplittableRandom random,
      long boot,
      long registered) {
    this.host = host;
    this.definitions = destinations.defenderDefinitions;
    this.random = random;
    engine =
        host.start(
            boot + between(random, 2 * SECOND, 6 * SECOND),
            host.services(),
            ENGINE,
            "\"" + ENGINE + "\"",
            Account.SYSTEM,
            Integrity.SYSTEM,
            PLATFORM);
    nextUpdate = boot + between(random, 10 * MINUTE, 50 * MINUTE);
    long scanAt =
        TaskTrigger.firstAfter(registered, DAY, 2 * HOUR + between(random, 0, 120) * MINUTE);
    ScheduledTask definition =
        new ScheduledTask(
            SCAN_PATH,
            "Microsoft Corporation",
            Account.SYSTEM,
            "HighestAvailable",
            TaskTrigger.daily(scanAt),
            PLATFORM + "MpCmdRun.exe",
            "Scan -ScheduleJob -ScanTrigger 55",
            null);
    scan =
        new InstalledTask(
            tasks,
            definition,
            registered,
            EstateCase.ofTask(
                "defender-scheduled-scan",
                null,
                host,
                definition,
                definition.command(),
                null,
                null,
                "daily scheduled scan, no network"));
    signatures =
        EstateCase.of(
            "defender-signatures",
            null,
            host,
            null,
            ENGINE,
            Account.SYSTEM.qualified(),
            definitions,
            -1,
            null,
            "signature downloads every 2-4 h with large jitter, download-heavy");
  }

  EstateCase signatureTruth() {
    return signatures;
  }

  EstateCase scanTruth() {
    return scan.truth();
  }

  @Override
  public void emit(long from, long to) {
    while (nextUpdate < to) {
      if (nextUpdate >= from) {
        update(nextUpdate);
      }
      nextUpdate += between(random, 90 * MINUTE, 270 * MINUTE);
    }
    scan.fires(
        from,
        to,
        fire ->
            scan.run(
                fire + between(random, 100_000, 2 * SECOND),
                (p, t) -> t + between(random, 6 * MINUTE, 25 * MINUTE)));
  }

  private void update(long t) {
    String ip = host.resolve(engine, t, definitions);
    long resp = between(random, 150_000, 8_000_000);
    host.connect(
        engine,
        t,
        ip,
        definitions,
        between(random, 2_000, 6_500),
        resp,
        between(random, SECOND, 3 * SECOND) + resp / 4);
    signatures.counts().connection(t);
  }
}
