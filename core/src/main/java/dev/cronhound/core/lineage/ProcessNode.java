package dev.cronhound.core.lineage;

import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessRef;

/**
 * One process as the table knows it: from its start record, plus its end when seen.
 *
 * @param host the host's name as logged
 * @param process its GUID (Sysmon) and pid
 * @param startMicros when it started, epoch microseconds UTC
 * @param endMicros when it ended, or -1 while not seen to end
 * @param image executable path, or null
 * @param commandLine the command line as logged, or null
 * @param shape {@link CommandLineShape} of the command line (of the image when no command line)
 * @param user account, or null
 * @param integrityLevel token integrity, or null
 * @param parent the creating process's reference as the start record gives it
 * @param parentImage the parent's image as the start record gives it, or null
 * @param parentCommandLine the parent's command line as the start record gives it, or null
 * @param origin where the start record was read
 */
public record ProcessNode(
    String host,
    ProcessRef process,
    long startMicros,
    long endMicros,
    String image,
    String commandLine,
    String shape,
    String user,
    String integrityLevel,
    ProcessRef parent,
    String parentImage,
    String parentCommandLine,
    Origin origin) {

  /** True when the process was running at {@code tsMicros} (started, not yet seen to end). */
  public boolean runningAt(long tsMicros) {
    return startMicros <= tsMicros && (endMicros < 0 || endMicros >= tsMicros);
  }

  ProcessNode endedAt(long tsMicros) {
    return new ProcessNode(host, process, startMicros, tsMicros, image, commandLine, shape, user,
        integrityLevel, parent, parentImage, parentCommandLine, origin);
  }

  /** The file name of the image, lower case ({@code powershell.exe}), or null. */
  public String imageName() {
    return fileName(image);
  }

  /** The last part of a Windows or Unix path, lower case, or null. */
  public static String fileName(String path) {
    if (path == null) {
      return null;
    }
    int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
    return path.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
