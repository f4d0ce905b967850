package dev.cronhound.cli.simulate;

/** The {@code conhost.exe} Windows starts beside every console program (cmd, PowerShell). */
final class ConsoleHost {
  static final String IMAGE = "C:\\Windows\\System32\\conhost.exe";

  private ConsoleHost() {}

  static WinProcess start(Workstation host, WinProcess console, long t) {
    return host.start(
        t,
        console,
        IMAGE,
        "\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1",
        console.account,
        console.integrity,
        "C:\\Windows\\system32\\");
  }
}
