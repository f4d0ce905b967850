package dev.cronhound.core.analytic;

import dev.cronhound.core.tuning.Tunable;

/**
 * Weights and context of the endpoint transfer analytics (AN1118, AN1119, AN1113); the score is the
 * weighted mean of the parts that apply.
 */
public record TransferTunables(
    @Tunable("Weight of the channel's rhythm score (the BEACON parts: dispersion, skew, histogram, coverage, time of day, size).")
        double weightRhythm,
    @Tunable("Weight of lineage: a task running a script host or transfer tool scores 1, a task 0.6, a script host 0.7; for AN1113 one long-lived process 0.8.")
        double weightLineage,
    @Tunable("Weight of destination consistency: the share of the initiator's outbound connections going to this destination.")
        double weightDestination,
    @Tunable("Weight of the upload share: bytes out / (out + in), 0 at 50% or less, 1 at 90% or more; not applicable without joined flows.")
        double weightUpload,
    @Tunable("Weight of a user-writable image or script path (\\Users\\, \\AppData\\, \\Temp\\, \\ProgramData\\ outside \\ProgramData\\Microsoft\\, \\Users\\Public\\).")
        double weightUserPath,
    @Tunable("Weight of a first-seen destination: no other host with endpoint data talks to it.")
        double weightFirstSeen,
    @Tunable("Linux: a regular expression for scripts and programs in user-writable or unusual paths, searched in the image, the command lines of the process and its ancestors, and the job's command (user_writable_path part).")
        String scriptPathRegex,
    @Tunable("Linux: the shortest period, in seconds, an AN1119 scheduled transfer can have (cron runs at most once a minute); a faster rhythm is reported as AN1113.")
        double cronIntervalThreshold,
    @Tunable("Comma-separated accounts for whom outbound transfers are unexpected (service accounts); a channel in one of them gains the user_context part.")
        String exfilUserContext,
    @Tunable("Weight of the user_context part (applies only when the account is in ExfilUserContext).")
        double weightUserContext) {

  public static final TransferTunables DEFAULTS = new TransferTunables(0.45, 0.2, 0.1, 0.15, 0.1, 0.05,
      "(^|[\\s\"'=@])(/tmp/|/var/tmp/|/dev/shm/|/home/[^/\\s]+/|/root/|/run/user/|/var/www/)",
      60,
      "www-data,nobody,apache,nginx,httpd,postgres,mysql,redis,daemon,tomcat,jenkins,git,mail,www",
      0.1);

  public TransferTunables {
    java.util.regex.Pattern.compile(scriptPathRegex);
    if (!(cronIntervalThreshold >= 0)) {
      throw new IllegalArgumentException("CronIntervalThreshold must be >= 0");
    }
    double[] w = {weightRhythm, weightLineage, weightDestination, weightUpload, weightUserPath, weightFirstSeen,
        weightUserContext};
    double sum = 0;
    for (double x : w) {
      if (!(x >= 0)) {
        throw new IllegalArgumentException("transfer weights must be >= 0");
      }
      sum += x;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("at least one transfer weight must be > 0");
    }
  }

  /** The ExfilUserContext accounts, lower case. */
  public java.util.Set<String> exfilUsers() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String u : exfilUserContext.split(",")) {
      if (!u.isBlank()) {
        out.add(u.trim().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }
}
