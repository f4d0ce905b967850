package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.SplittableRandom;

/**
 * Work a systemd timer starts: every elapse of its calendar within the window logs {@code
 * Starting UNIT.service} and runs the service (one run of its truth entry).
 */
abstract class TimerActivity implements EstateActivity {
  final LinuxHost host;
  final Systemd systemd;
  final TimerUnit unit;
  final SplittableRandom random;
  final LinuxCase truth;

  /**
   * @param truth the entry the runs and connections count for; its job and schedule should be the
   *     unit's
   */
  TimerActivity(
      LinuxHost host, Systemd systemd, TimerUnit unit, SplittableRandom random, LinuxCase truth) {
    this.host = host;
    this.systemd = systemd;
    this.unit = unit;
    this.random = random;
    this.truth = truth;
  }

  /** A truth entry whose job is {@code unit}'s timer and schedule its {@code OnCalendar=}. */
  static LinuxCase truth(
      String name,
      String analytic,
      LinuxHost host,
      TimerUnit unit,
      LinuxUser user,
      Program image,
      Destination d,
      long periodSeconds,
      String note) {
    return LinuxCase.to(
        name, analytic, host, unit.timerFile(), unit.calendar().text, user, image, d, periodSeconds, null, note);
  }

  LinuxCase truth() {
    return truth;
  }

  @Override
  public void emit(long from, long to) {
    for (long t : unit.calendar().elapses(host, from, to, random)) {
      if (host.running(t)) {
        truth.counts().runs++;
        systemd.starting(t, unit.name(), unit.description());
        fire(t, t + between(random, 2_000, 6_000));
      }
    }
  }

  /** The timer elapsed at true time {@code t}; the service's first process starts at {@code at}. */
  abstract void fire(long t, long at);
}
