package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.SplittableRandom;

/**
 * Outlook and Teams on every host: started from explorer.exe shortly after the first logon and
 * left running, they keep talking to Microsoft 365 (prevalent SaaS) every few minutes during work
 * hours and less often at night and at weekends. Nearly periodic, small, background: the kind of
 * traffic a naive "anything periodic" detector reports.
 */
final class OfficeApps implements EstateActivity {
  static final String OUTLOOK = "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE";
  static final String TEAMS =
      "C:\\Program Files\\WindowsApps\\MSTeams_24335.206.3315.1234_x64__8wekyb3d8bbwe\\ms-teams.exe";

  private final Workstation host;
  private final SplittableRandom random;
  private final Destination outlookServer;
  private final Destination teamsServer;
  private final WinProcess outlook;
  private final WinProcess teams;
  private final EstateCase outlookTruth;
  private final EstateCase teamsTruth;
  private long nextOutlook;
  private long nextTeams;

  OfficeApps(
      Workstation host, EstateDestinations destinations, SplittableRandom random, long logon) {
    this.host = host;
    this.random = random;
    this.outlookServer = destinations.outlook;
    this.teamsServer = destinations.teams;
    long o = logon + between(random, MINUTE, 4 * MINUTE);
    outlook =
        host.start(
            o,
            host.explorer(),
            OUTLOOK,
            "\"" + OUTLOOK + "\" ",
            host.user,
            Integrity.MEDIUM,
            "C:\\Windows\\system32\\");
    long t = logon + between(random, 20 * SECOND, 2 * MINUTE);
    teams =
        host.start(
            t,
            host.explorer(),
            TEAMS,
            "\"" + TEAMS + "\" msteams:system-initiated",
            host.user,
            Integrity.MEDIUM,
            "C:\\Windows\\system32\\");
    nextOutlook = o + between(random, 5 * SECOND, 30 * SECOND);
    nextTeams = t + between(random, 5 * SECOND, 30 * SECOND);
    String user = host.user.qualified();
    outlookTruth =
        EstateCase.of(
            "outlook-sync", null, host, null, OUTLOOK, user, outlookServer, -1, null,
            "mailbox sync every 3-12 min in work hours, 20-60 min otherwise; prevalent SaaS");
    teamsTruth =
        EstateCase.of(
            "teams-presence", null, host, null, TEAMS, user, teamsServer, -1, null,
            "presence and chat every 2-9 min in work hours, 15-50 min otherwise; prevalent SaaS");
  }

  EstateCase outlookTruth() {
    return outlookTruth;
  }

  EstateCase teamsTruth() {
    return teamsTruth;
  }

  @Override
  public void emit(long from, long to) {
    while (nextOutlook < to) {
      long t = nextOutlook;
      call(outlook, t, outlookServer, between(random, 2_000, 20_000), between(random, 5_000, 120_000));
      outlookTruth.counts().connection(t);
      nextOutlook += busy(t) ? between(random, 3 * MINUTE, 12 * MINUTE) : between(random, 20 * MINUTE, 60 * MINUTE);
    }
    while (nextTeams < to) {
      long t = nextTeams;
      call(teams, t, teamsServer, between(random, 900, 5_000), between(random, 1_000, 12_000));
      teamsTruth.counts().connection(t);
      nextTeams += busy(t) ? between(random, 2 * MINUTE, 9 * MINUTE) : between(random, 15 * MINUTE, 50 * MINUTE);
    }
  }

  private void call(WinProcess p, long t, Destination d, long orig, long resp) {
    String ip = host.resolve(p, t, d);
    host.connect(p, t, ip, d, orig, resp, between(random, 100_000, 4 * SECOND));
  }

  /** Work hours: 08-18 UTC on weekdays. */
  static boolean busy(long t) {
    int h = TimeWindow.hourOfDay(t);
    return !TimeWindow.weekend(t) && h >= 8 && h < 18;
  }
}
