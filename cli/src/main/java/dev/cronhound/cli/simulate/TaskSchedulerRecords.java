package dev.cronhound.cli.simulate;

/**
 * Task Scheduler Operational records ({@code Microsoft-Windows-TaskScheduler}), written by the
 * Schedule service's svchost.exe: 106 registered, 129 created task process, 100 task started, 200
 * action started, 201 action completed, 102 task finished. Each names its {@code <EventData>} as
 * Windows does ({@code TaskStartEvent}, ...).
 */
final class TaskSchedulerRecords {
  private static final String KEYWORDS = "0x8000000000000000";
  private static final String KEYWORDS_INSTANCE = "0x8000000000000001";

  private TaskSchedulerRecords() {}

  private static WinRecord record(
      Workstation h, int id, int version, int opcode, String keywords, String dataName) {
    return new WinRecord(
        EventLogSource.TASK_SCHEDULER,
        id,
        version,
        4,
        id,
        opcode,
        keywords,
        h.schedule().pid(),
        "S-1-5-18",
        dataName);
  }

  static WinRecord registered(Workstation h, String task, String userContext) {
    return record(h, 106, 0, 0, KEYWORDS, "TaskRegisteredEvent")
        .data("TaskName", task)
        .data("UserContext", userContext);
  }

  static WinRecord processCreated(Workstation h, String task, String path, long pid) {
    return record(h, 129, 0, 0, KEYWORDS, "CreatedTaskProcess")
        .data("TaskName", task)
        .data("Path", path)
        .data("ProcessID", pid)
        .data("Priority", "16384");
  }

  static WinRecord started(Workstation h, String task, String userContext, String instance) {
    return instance(h, 100, 1, "TaskStartEvent", task, userContext, instance);
  }

  static WinRecord actionStarted(
      Workstation h, String task, String action, String instance, long pid) {
    return record(h, 200, 1, 1, KEYWORDS, "ActionStart")
        .data("TaskName", task)
        .data("ActionName", action)
        .data("TaskInstanceId", instance)
        .data("EnginePID", pid);
  }

  static WinRecord actionCompleted(
      Workstation h, String task, String action, String instance, long pid) {
    return record(h, 201, 2, 2, KEYWORDS, "ActionSuccess")
        .data("TaskName", task)
        .data("TaskInstanceId", instance)
        .data("ActionName", action)
        .data("ResultCode", "0")
        .data("EnginePID", pid);
  }

  static WinRecord finished(Workstation h, String task, String userContext, String instance) {
    return instance(h, 102, 2, "TaskSuccessEvent", task, userContext, instance);
  }

  /** 100 and 102 share their fields: the task, the user context and the instance GUID. */
  private static WinRecord instance(
      Workstation h,
      int id,
      int opcode,
      String dataName,
      String task,
      String userContext,
      String instance) {
    return record(h, id, 0, opcode, KEYWORDS_INSTANCE, dataName)
        .data("TaskName", task)
        .data("UserContext", userContext)
        .data("InstanceId", instance);
  }
}
