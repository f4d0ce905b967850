package dev.cronhound.cli.simulate;

/**
 * A systemd timer and the service it starts, as unit files ({@code NAME.timer}, {@code
 * NAME.service}) and as the schedule they give.
 */
record TimerUnit(String name, String description, OnCalendar calendar, String timer, String service) {
  String timerFile() {
    return name + ".timer";
  }

  String serviceFile() {
    return name + ".service";
  }
}
