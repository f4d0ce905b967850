package dev.cronhound.cli.simulate;

/**
 * The three event logs the Windows simulation writes: provider name and GUID as Windows renders
 * them in {@code <Provider Name=... Guid=...>}, and the channel each provider writes to.
 */
enum EventLogSource {
  SYSMON(
      "Microsoft-Windows-Sysmon",
      "{5770385f-c22a-43e0-bf4c-06f5698ffbd9}",
      "Microsoft-Windows-Sysmon/Operational"),
  SECURITY(
      "Microsoft-Windows-Security-Auditing", "{54849625-5478-4994-a5ba-3e3b0328c30d}", "Security"),
  TASK_SCHEDULER(
      "Microsoft-Windows-TaskScheduler",
      "{de7b24ea-73c8-4a09-985d-5bdadcfa9017}",
      "Microsoft-Windows-TaskScheduler/Operational");

  private final String provider;
  private final String guid;
  private final String channel;

  EventLogSource(String provider, String guid, String channel) {
    this.provider = provider;
    this.guid = guid;
    this.channel = channel;
  }

  String provider() {
    return provider;
  }

  String guid() {
    return guid;
  }

  String channel() {
    return channel;
  }
}
