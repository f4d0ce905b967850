package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.function.LongConsumer;

/**
 * A scheduled task registered on a host, with the {@code truth.json} line that follows it:
 * registered (Security 4698, Task Scheduler 106) as the account it runs as, fired on its trigger,
 * and run by the host's {@link TaskSchedulerService} (129/100/200, the action's process, 201/102),
 * each run counted. What the action's process does is the task's own {@link Action}.
 */
final class InstalledTask {
  /** What a run's action does once its process has started at true time {@code t}. */
  interface Action {
    /** Returns the true time the action's process exits. */
    long perform(WinProcess process, long t);
  }

  private final TaskSchedulerService tasks;
  private final ScheduledTask task;
  private final EstateCase truth;

  /** Registers {@code task} at true time {@code registered}. */
  InstalledTask(TaskSchedulerService tasks, ScheduledTask task, long registered, EstateCase truth) {
    this.tasks = tasks;
    this.task = task;
    this.truth = truth;
    tasks.register(task, registered, task.runAs());
  }

  EstateCase truth() {
    return truth;
  }

  EstateCase.Counts counts() {
    return truth.counts();
  }

  /** Passes each time the trigger fires in {@code [from, to)} (true time), in order. */
  void fires(long from, long to, LongConsumer fire) {
    long period = task.trigger().periodSeconds() * SECOND;
    long start = task.trigger().start();
    long k = Math.max(0, Math.floorDiv(from - start + period - 1, period));
    for (long f = start + k * period; f < to; f += period) {
      fire.accept(f);
    }
  }

  /** Runs the task at true time {@code t}: its process starts, does {@code action} and exits. */
  void run(long t, Action action) {
    TaskSchedulerService.Run run = tasks.launch(task, t);
    truth.counts().runs++;
    tasks.complete(run, action.perform(run.process(), t));
  }
}
