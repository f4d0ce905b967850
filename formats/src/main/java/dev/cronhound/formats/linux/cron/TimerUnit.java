package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.schedule.CronExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * A systemd {@code .timer} unit (systemd.timer(5)) and the service it activates, as one {@link
 * ScheduledJob}: name = the service unit ({@code Unit=}, else the timer's name with {@code
 * .service}; what systemd's {@code Starting X.service} lines name), source {@code systemd-timer},
 * actions = the service's {@code ExecStart=} lines ({@link ExecCommand}, with {@code
 * WorkingDirectory=}), run_as = its {@code User=} (else {@code root}, the system manager's
 * default; null when the service file was not found beside the timer).
 *
 * <p>One trigger of kind {@code systemd-timer} per setting: {@code OnCalendar=} (period from
 * {@link CalendarSpec}, detail {@code on_calendar=<spec>}; outside the supported subset: period -1,
 * {@code unparsed=true} and the job's note says so), {@code OnUnitActiveSec=} and {@code
 * OnUnitInactiveSec=} (period = the span, detail {@code on_unit_active=}/{@code on_unit_inactive=}),
 * {@code OnBootSec=}, {@code OnStartupSec=}, {@code OnActiveSec=} (once: period -1, detail {@code
 * on_boot=}/{@code on_startup=}/{@code on_active=}). Every trigger's detail ends with {@code
 * randomized_delay=} ({@code RandomizedDelaySec=}) and {@code persistent=true} when set.
 */
final class TimerUnit {

  private static final String[][] MONOTONIC = {
    {"OnUnitActiveSec", "on_unit_active", "repeat"},
    {"OnUnitInactiveSec", "on_unit_inactive", "repeat"},
    {"OnBootSec", "on_boot", "once"},
    {"OnStartupSec", "on_startup", "once"},
    {"OnActiveSec", "on_active", "once"}
  };

  private TimerUnit() {}

  /** The service a timer named {@code timerName} ({@code backup.timer}) activates. */
  static String serviceName(UnitFile timer, String timerName) {
    String unit = timer.last("Timer", "Unit");
    if (unit != null) {
      return unit;
    }
    String base = timerName.endsWith(".timer") ? timerName.substring(0, timerName.length() - 6) : timerName;
    return base + ".service";
  }

  static ScheduledJob job(UnitFile timer, String timerName, UnitFile service, String file, long ts) {
    String common = common(timer);
    List<JobTrigger> triggers = new ArrayList<>();
    List<String> unparsed = new ArrayList<>();
    for (UnitFile.Setting s : timer.all("Timer", "OnCalendar")) {
      CronExpression e = CalendarSpec.parse(s.value());
      if (e == null) {
        unparsed.add(s.value());
      }
      triggers.add(
          new JobTrigger(
              "systemd-timer",
              null,
              e == null ? -1 : e.periodSeconds(),
              "on_calendar=" + s.value() + (e == null ? ";unparsed=true" : "") + common));
    }
    for (String[] m : MONOTONIC) {
      for (UnitFile.Setting s : timer.all("Timer", m[0])) {
        long span = TimeSpan.seconds(s.value());
        long period = m[2].equals("repeat") && span > 0 ? span : -1;
        triggers.add(new JobTrigger("systemd-timer", null, period, m[1] + "=" + s.value() + common));
      }
    }
    List<JobAction> actions = new ArrayList<>();
    String runAs = null;
    if (service != null) {
      String wd = service.last("Service", "WorkingDirectory");
      for (UnitFile.Setting s : service.all("Service", "ExecStart")) {
        JobAction a = ExecCommand.of(s.value());
        actions.add(new JobAction(a.command(), a.arguments(), wd));
      }
      String user = service.last("Service", "User");
      runAs = user != null ? user : "root";
    }
    String note = unparsed.isEmpty() ? null : "OnCalendar not parsed: " + String.join(", ", unparsed);
    return new ScheduledJob(
        ts,
        null,
        serviceName(timer, timerName),
        ScheduledJob.Change.REGISTERED,
        null,
        runAs,
        actions,
        triggers,
        Boolean.TRUE,
        "systemd-timer",
        null,
        null,
        note,
        new Origin(file, 1));
  }

  private static String common(UnitFile timer) {
    StringBuilder b = new StringBuilder();
    String delay = timer.last("Timer", "RandomizedDelaySec");
    if (delay != null) {
      b.append(";randomized_delay=").append(delay);
    }
    if ("true".equalsIgnoreCase(timer.last("Timer", "Persistent")) || "yes".equalsIgnoreCase(timer.last("Timer", "Persistent"))) {
      b.append(";persistent=true");
    }
    return b.toString();
  }
}
