package dev.cronhound.core.correlate;

import dev.cronhound.core.tuning.Tunable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How endpoint events (processes, task runs, connections) are joined to each other and to flows. */
public record CorrelationTunables(
    @Tunable("Seconds by which a process start, its task run (Task Scheduler 129/200), its endpoint connection and the sensor's flow may disagree and still join (clock skew, queueing); endpoint events may arrive this much out of order.")
        double timeWindow,
    @Tunable("Comma-separated image names of script hosts and transfer tools: rhythmic outbound traffic from one of them (or a child of one) is AN1118 even without a task.")
        String scriptHosts,
    @Tunable("Hours a process stays joinable after it ended.") double processRetentionHours,
    @Tunable("Hours a process never seen to end stays joinable after it started or was last referred to (by a connection, a child, a lookup): long-lived processes stay while active; ones whose end was not logged go.")
        double processIdleHours,
    @Tunable("Unambiguous 5-tuple matches (one connection, one flow) a host needs before its clock offset against the flow sensor is estimated and applied to the join; with fewer, its connections join as logged, within TimeWindow.")
        int clockMinMatches,
    @Tunable("Seconds from the estimated clock offset beyond which a match is left out of the spread (a port reused much later); the join's tolerance is the spread of the rest plus TimeWindow.")
        double clockMaxSpread) {

  public static final CorrelationTunables DEFAULTS =
      new CorrelationTunables(
          5,
          "powershell.exe,pwsh.exe,cmd.exe,wscript.exe,cscript.exe,mshta.exe,rundll32.exe,regsvr32.exe,"
              + "bitsadmin.exe,certutil.exe,curl.exe,wget.exe,rclone.exe,python.exe,pythonw.exe,"
              + "ftp.exe,scp.exe,sftp.exe,pscp.exe,winscp.com,winscp.exe,robocopy.exe,msiexec.exe,"
              + "sh,bash,dash,zsh,ksh,python,python2,python3,perl,ruby,php,node,curl,wget,scp,sftp,rsync,ssh,"
              + "nc,ncat,netcat,socat,openssl,ftp,lftp,tftp,rclone,aws,gsutil,azcopy",
          6,
          48,
          5,
          600);

  public CorrelationTunables {
    if (!(timeWindow >= 0) || !(processRetentionHours >= 0) || !(processIdleHours > 0)
        || clockMinMatches < 1 || !(clockMaxSpread >= 0)) {
      throw new IllegalArgumentException(
          "TimeWindow >= 0, ProcessRetentionHours >= 0, ProcessIdleHours > 0, ClockMinMatches >= 1 and ClockMaxSpread >= 0");
    }
  }

  public long timeWindowMicros() {
    return (long) (timeWindow * 1e6);
  }

  public long clockMaxSpreadMicros() {
    return (long) (clockMaxSpread * 1e6);
  }

  /** The script host image names, lower case. */
  public Set<String> scriptHostNames() {
    return Arrays.stream(scriptHosts.split(","))
        .map(s -> s.trim().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
