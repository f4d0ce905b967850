package dev.cronhound.cli.simulate;

/**
 * A scheduled task with one {@code Exec} action, as registered on a host: its path, who wrote it,
 * the account it runs as, its trigger and the command it runs.
 *
 * @param path the task's full name ({@code \Corp\NightlyBackup}), Task Scheduler's {@code
 *     TaskName}
 * @param author {@code RegistrationInfo/Author}
 * @param runAs the principal's account
 * @param runLevel {@code LeastPrivilege} or {@code HighestAvailable}
 * @param arguments the action's {@code Arguments}, or null
 */
record ScheduledTask(
    String path,
    String author,
    Account runAs,
    String runLevel,
    TaskTrigger trigger,
    String command,
    String arguments,
    String workingDirectory) {
  private static final String NL = "\r\n";

  /** The integrity level the action's process gets. */
  Integrity integrity() {
    if (runAs.isSystem()) {
      return Integrity.SYSTEM;
    }
    return runLevel.equals("HighestAvailable") ? Integrity.HIGH : Integrity.MEDIUM;
  }

  /** The command line Task Scheduler starts: the command (quoted when it has spaces) and arguments. */
  String commandLine() {
    String cmd = command.indexOf(' ') >= 0 ? "\"" + command + "\"" : command;
    return arguments == null ? cmd : cmd + " " + arguments;
  }

  /** Task Scheduler's {@code UserContext}: {@code NT AUTHORITY\System} or {@code CORP\bob}. */
  String userContext() {
    return runAs.isSystem() ? "NT AUTHORITY\\System" : runAs.qualified();
  }

  /** The principal's {@code UserId}: {@code S-1-5-18} for LocalSystem, else {@code CORP\bob}. */
  private String userId() {
    return runAs.isSystem() ? runAs.sid() : runAs.qualified();
  }

  /**
   * The definition as Security 4698 logs it in {@code TaskContent} (UTF-16 declaration, CR LF line
   * ends, as Windows renders it), registered at {@code registered}.
   */
  String xml(long registered) {
    StringBuilder s = new StringBuilder(2048);
    s.append("<?xml version=\"1.0\" encoding=\"UTF-16\"?>").append(NL);
    s.append("<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">")
        .append(NL);
    s.append("  <RegistrationInfo>").append(NL);
    s.append("    <Date>").append(SystemTimeText.taskLocal(registered)).append("</Date>").append(NL);
    s.append("    <Author>").append(escape(author)).append("</Author>").append(NL);
    s.append("    <URI>").append(escape(path)).append("</URI>").append(NL);
    s.append("  </RegistrationInfo>").append(NL);
    s.append("  <Triggers>").append(NL);
    s.append(trigger.xml(NL));
    s.append("  </Triggers>").append(NL);
    s.append("  <Principals>").append(NL);
    s.append("    <Principal id=\"Author\">").append(NL);
    s.append("      <UserId>").append(escape(userId())).append("</UserId>").append(NL);
    if (!runAs.isSystem()) {
      s.append("      <LogonType>Password</LogonType>").append(NL);
    }
    s.append("      <RunLevel>").append(runLevel).append("</RunLevel>").append(NL);
    s.append("    </Principal>").append(NL);
    s.append("  </Principals>").append(NL);
    s.append("  <Settings>").append(NL);
    s.append("    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>").append(NL);
    s.append("    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>").append(NL);
    s.append("    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>").append(NL);
    s.append("    <AllowHardTerminate>true</AllowHardTerminate>").append(NL);
    s.append("    <StartWhenAvailable>true</StartWhenAvailable>").append(NL);
    s.append("    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>").append(NL);
    s.append("    <AllowStartOnDemand>true</AllowStartOnDemand>").append(NL);
    s.append("    <Enabled>true</Enabled>").append(NL);
    s.append("    <Hidden>false</Hidden>").append(NL);
    s.append("    <ExecutionTimeLimit>PT72H</ExecutionTimeLimit>").append(NL);
    s.append("    <Priority>7</Priority>").append(NL);
    s.append("  </Settings>").append(NL);
    s.append("  <Actions Context=\"Author\">").append(NL);
    s.append("    <Exec>").append(NL);
    s.append("      <Command>").append(escape(command)).append("</Command>").append(NL);
    if (arguments != null) {
      s.append("      <Arguments>").append(escape(arguments)).append("</Arguments>").append(NL);
    }
    if (workingDirectory != null) {
      s.append("      <WorkingDirectory>")
          .append(escape(workingDirectory))
          .append("</WorkingDirectory>")
          .append(NL);
    }
    s.append("    </Exec>").append(NL);
    s.append("  </Actions>").append(NL);
    s.append("</Task>");
    return s.toString();
  }

  private static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
