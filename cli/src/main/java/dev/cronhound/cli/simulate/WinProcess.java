package dev.cronhound.cli.simulate;

/**
 * One simulated Windows process. Its pid is drawn when its start record is written (in time
 * order, from the host's {@link PidPool}), so pids are reused the way Windows reuses them; {@code
 * end} must be known by then ({@link Long#MAX_VALUE} for a process that outlives the window).
 * Times are the host's clock, epoch microseconds.
 */
final class WinProcess {
  final String guid;
  final String image;
  final String commandLine;
  final Account account;
  final Integrity integrity;
  final String currentDirectory;
  final WinProcess parent;
  final long start;
  final int session;

  long end = Long.MAX_VALUE;
  private long pid = -1;

  WinProcess(
      String guid,
      String image,
      String commandLine,
      Account account,
      Integrity integrity,
      String currentDirectory,
      WinProcess parent,
      long start,
      int session) {
    this.guid = guid;
    this.image = image;
    this.commandLine = commandLine;
    this.account = account;
    this.integrity = integrity;
    this.currentDirectory = currentDirectory;
    this.parent = parent;
    this.start = start;
    this.session = session;
  }

  /** A process whose start is not logged (wininit.exe, userinit.exe), with a fixed pid. */
  static WinProcess unlogged(String guid, String image, Account account, long pid) {
    WinProcess p =
        new WinProcess(
            guid, image, image, account, Integrity.SYSTEM, "C:\\Windows\\system32\\", null, 0, 0);
    p.pid = pid;
    return p;
  }

  long pid() {
    if (pid < 0) {
      throw new IllegalStateException(image + " has no pid before its start is written");
    }
    return pid;
  }

  void assignPid(long pid) {
    this.pid = pid;
  }

  /** The file name of the image ({@code powershell.exe}). */
  String fileName() {
    return image.substring(image.lastIndexOf('\\') + 1);
  }

  /**
   * The image as the Windows Filtering Platform names it in 5156: the NT device path in lower
   * case ({@code \device\harddiskvolume2\windows\system32\svchost.exe}).
   */
  String devicePath() {
    return "\\device\\harddiskvolume2" + image.substring(2).toLowerCase(java.util.Locale.ROOT);
  }
}
