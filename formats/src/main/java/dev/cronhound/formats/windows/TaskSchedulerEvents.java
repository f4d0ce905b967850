package dev.cronhound.formats.windows;

import static dev.cronhound.formats.windows.EventDataText.guid;
import static dev.cronhound.formats.windows.EventDataText.number;
import static dev.cronhound.formats.windows.EventDataText.text;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.ScheduledJob;
import java.util.List;

/**
 * Task Scheduler Operational ({@code Microsoft-Windows-TaskScheduler}) records to events: 106
 * registered, 140 updated, 141 deleted (as {@link ScheduledJob}, without a definition: the log
 * does not carry it); 100 launched, 200 action started, 201 action completed, 102 completed, 129
 * process created (as {@link JobRun}). Other ids give nothing. See {@code docs/windows-events.md}.
 */
final class TaskSchedulerEvents {

  private TaskSchedulerEvents() {}

  /** The event for {@code r}, or null when its id is not mapped. */
  static Event map(WindowsRecord r, long ts) {
    return switch (r.eventId()) {
      case 106 -> job(r, ts, ScheduledJob.Change.REGISTERED, "UserContext");
      case 140 -> job(r, ts, ScheduledJob.Change.UPDATED, "UserName");
      case 141 -> job(r, ts, ScheduledJob.Change.DELETED, "UserName");
      case 100 -> run(r, ts, JobRun.Phase.LAUNCHED, guid(r, "InstanceId"), null, -1, -1);
      case 102 -> run(r, ts, JobRun.Phase.COMPLETED, guid(r, "InstanceId"), null, -1, -1);
      case 200 ->
          run(
              r,
              ts,
              JobRun.Phase.ACTION_STARTED,
              guid(r, "TaskInstanceId"),
              text(r, "ActionName"),
              number(r, "EnginePID"),
              -1);
      case 201 ->
          run(
              r,
              ts,
              JobRun.Phase.ACTION_COMPLETED,
              guid(r, "TaskInstanceId"),
              text(r, "ActionName"),
              number(r, "EnginePID"),
              number(r, "ResultCode"));
      case 129 ->
          run(
              r,
              ts,
              JobRun.Phase.PROCESS_CREATED,
              null,
              text(r, "Path"),
              number(r, "ProcessID"),
              -1);
      default -> null;
    };
  }

  private static ScheduledJob job(
      WindowsRecord r, long ts, ScheduledJob.Change change, String actorField) {
    return new ScheduledJob(
        ts,
        r.computer(),
        text(r, "TaskName"),
        change,
        text(r, actorField),
        null,
        List.of(),
        List.of(),
        null,
        "TaskScheduler " + r.eventId(),
        null,
        null,
        null,
        r.origin());
  }

  private static JobRun run(
      WindowsRecord r,
      long ts,
      JobRun.Phase phase,
      String instanceId,
      String action,
      long pid,
      long resultCode) {
    return new JobRun(
        ts,
        r.computer(),
        text(r, "TaskName"),
        phase,
        instanceId,
        action,
        pid,
        resultCode,
        text(r, "UserContext"),
        r.origin());
  }
}
