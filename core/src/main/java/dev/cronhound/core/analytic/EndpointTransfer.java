package dev.cronhound.core.analytic;

import dev.cronhound.core.correlate.InitiatorChannel;
import dev.cronhound.core.correlate.InitiatorKey;
import dev.cronhound.core.correlate.JobLink;
import dev.cronhound.core.correlate.JobLedger;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import dev.cronhound.core.lineage.Lineage;
import dev.cronhound.core.lineage.ProcessNode;
import dev.cronhound.core.rhythm.EpisodeSeries;
import dev.cronhound.core.schedule.CronExpression;
import dev.cronhound.core.rhythm.RhythmAnalysis;
import dev.cronhound.core.rhythm.RhythmScore;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code AN1118} and {@code AN1113}: an initiator (a scheduled task, or a process identity) sending
 * to one external destination on a rhythm, from endpoint data joined to flows.
 *
 * <p>A channel whose processes a task started (Task Scheduler records or scheduler lineage), or
 * whose process or an ancestor below the scheduler is a script host or transfer tool ({@code
 * ScriptHosts}), is {@code AN1118} on Windows, {@code AN1119} on Linux (T1029 Scheduled Transfer;
 * T1053.005 task, T1053.003 cron, T1053.006 systemd timer; on Linux only at periods of at least
 * {@code CronIntervalThreshold}); any other is {@code AN1113} (T1020 Automated Exfiltration: a
 * background process beating out). Linux channels are those whose image is a Unix path.
 *
 * <p>Score: the weighted mean of {@code rhythm} (the channel's {@link RhythmAnalysis} score),
 * {@code lineage}, {@code destination_consistency}, {@code upload} (not applicable without bytes),
 * {@code user_writable_path} and {@code first_seen_destination}, times the {@code prevalence}
 * multiplier of {@link NetworkBeacon} over the hosts with endpoint data. A channel whose destination
 * is in {@code DestIPAllowlist}, or whose task, image or parent/child pair is in {@code
 * ParentProcessBaseline}, is not reported. See {@code docs/analytics/EndpointTransfer.md}.
 */
public final class EndpointTransfer {

  public static final String SCHEDULED = "AN1118";
  public static final String SCHEDULED_LINUX = "AN1119";
  public static final String AUTOMATED = "AN1113";

  /**
   * Findings best first, and what happened to the other channels; {@code bestBelow} is the best
   * finding under the reporting score (null when there is none).
   */
  public record Result(
      List<Finding> findings, int channels, int scored, int silencedByAllowlist, int silencedByBaseline,
      Finding bestBelow) {

    public Result(List<Finding> findings, int channels, int scored, int silencedByAllowlist, int silencedByBaseline) {
      this(findings, channels, scored, silencedByAllowlist, silencedByBaseline, null);
    }
  }

  /** The per-estate facts a channel's context parts need. */
  private record Estate(
      Map<String, Set<String>> hostsPerDestination,
      int hosts,
      Map<InitiatorKey, Integer> connectionsPerInitiator) {}

  private EndpointTransfer() {}

  /**
   * @param window a host's (lower case) first and last endpoint event time, the observation window
   *     its rhythm is scored over
   * @param scriptHosts image names of script hosts and transfer tools, lower case
   */
  public static Result analyze(
      List<InitiatorChannel> channels,
      Function<String, long[]> window,
      Set<String> scriptHosts,
      RhythmTunables rhythm,
      BeaconTunables beacon,
      TransferTunables t,
      DestinationAllowlist allow,
      ParentProcessBaseline baseline,
      double reportFrom) {
    Estate estate = estate(channels);
    List<Finding> findings = new ArrayList<>();
    int scored = 0;
    int allowed = 0;
    int baselined = 0;
    Finding bestBelow = null;
    for (InitiatorChannel c : channels) {
      long[] w = window.apply(c.key().host());
      EpisodeSeries episodes = c.episodes();
      long[] starts = episodes.startMicros();
      long from = w == null ? starts[0] : w[0];
      long to = w == null ? starts[starts.length - 1] : w[1];
      Optional<RhythmScore> r = RhythmAnalysis.analyze(episodes, from, to, rhythm, schedulePeriod(c));
      if (r.isEmpty()) {
        continue;
      }
      scored++;
      if (allow.match(c.domain(), c.addresses()) != null) {
        allowed++;
        continue;
      }
      if (baseline.match(job(c), c.key().imageName(), parentName(c)) != null) {
        baselined++;
        continue;
      }
      Finding f = finding(c, r.get(), estate, scriptHosts, beacon, t);
      if (f.score() >= reportFrom) {
        findings.add(f);
      } else if (bestBelow == null || f.score() > bestBelow.score()) {
        bestBelow = f;
      }
    }
    findings.sort(
        Comparator.comparingDouble(Finding::score)
            .reversed()
            .thenComparing(Finding::host)
            .thenComparing(Finding::title));
    return new Result(findings, channels.size(), scored, allowed, baselined, bestBelow);
  }

  private static Estate estate(List<InitiatorChannel> channels) {
    Map<String, Set<String>> hostsPer = new HashMap<>();
    Set<String> hosts = new HashSet<>();
    Map<InitiatorKey, Integer> perInitiator = new HashMap<>();
    for (InitiatorChannel c : channels) {
      hostsPer.computeIfAbsent(c.destination(), k -> new HashSet<>()).add(c.key().host());
      hosts.add(c.key().host());
      perInitiator.merge(c.key(), c.connections(), Integer::sum);
    }
    return new Estate(hostsPer, hosts.size(), perInitiator);
  }

  static Finding finding(
      InitiatorChannel c,
      RhythmScore r,
      Estate estate,
      Set<String> scriptHosts,
      BeaconTunables beacon,
      TransferTunables t) {
    JobLink link = c.job();
    Lineage lineage = c.lineage();
    String scriptHost = scriptHost(c, scriptHosts);
    boolean scheduled = link != null;
    boolean linux = isUnixPath(c.image());
    String analytic;
    if (linux) {
      analytic = (scheduled || scriptHost != null) && r.periodSeconds() >= t.cronIntervalThreshold()
          ? SCHEDULED_LINUX : AUTOMATED;
    } else {
      analytic = scheduled || scriptHost != null ? SCHEDULED : AUTOMATED;
    }

    List<ScorePart> parts = new ArrayList<>();
    double schedule = schedulePeriod(c);
    String onSchedule = schedule > 0 && Math.abs(r.periodSeconds() - schedule) < 1e-6
        ? " (on the task's schedule, every " + PeriodText.duration(schedule) + ")"
        : "";
    parts.add(new ScorePart("rhythm", r.score(), t.weightRhythm(), rhythmNote(r) + onSchedule));
    parts.add(lineagePart(c, link, scriptHost, t));
    int all = estate.connectionsPerInitiator().getOrDefault(c.key(), c.connections());
    double consistency = all == 0 ? 0 : (double) c.connections() / all;
    parts.add(new ScorePart("destination_consistency", consistency, t.weightDestination(),
        String.format(Locale.ROOT, "%d of the initiator's %d outbound connections go here", c.connections(), all)));
    long out = c.bytesOut();
    long in = c.bytesIn();
    parts.add(UploadShare.part(out, in, t.weightUpload(), "over " + c.joined() + " joined connections",
        "bytes unknown: no sensor flow joined these connections"));
    String writable = linux ? userWritableUnix(c, t) : userWritable(c);
    parts.add(new ScorePart("user_writable_path", writable == null ? 0 : 1, t.weightUserPath(),
        writable == null ? "image and command line in system or program paths" : "runs from " + writable));
    String named = userName(c.user(), link == null ? null : link.definition());
    String account = named == null ? null : named.substring(named.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
    if (account != null && t.exfilUsers().contains(account)) {
      parts.add(new ScorePart("user_context", 1, t.weightUserContext(),
          "outbound transfers by " + account + " are unexpected (ExfilUserContext)"));
    } else {
      parts.add(ScorePart.notApplicable("user_context",
          (account == null ? "account unknown" : account) + " is not in ExfilUserContext"));
    }
    Set<String> destHosts = estate.hostsPerDestination().getOrDefault(c.destination(), Set.of());
    boolean onlyHere = destHosts.size() <= 1;
    parts.add(new ScorePart("first_seen_destination", onlyHere ? 1 : 0, t.weightFirstSeen(),
        onlyHere ? "no other host talks to this destination" : (destHosts.size() - 1) + " other hosts talk to it too"));
    double multiplier = NetworkBeacon.prevalenceMultiplier(destHosts.size(), estate.hosts(), beacon);
    parts.add(ScorePart.multiplier("prevalence", multiplier,
        String.format(Locale.ROOT, "%d of %d hosts with endpoint data talk to this destination",
            destHosts.size(), estate.hosts())));
    double score = weightedMean(parts) * multiplier;
    Severity severity = Severity.of(score, beacon.severityMedium(), beacon.severityHigh(), beacon.severityCritical());

    List<String> technique = new ArrayList<>();
    if (!analytic.equals(AUTOMATED)) {
      technique.add("T1029");
      if (out > in && out >= 0) {
        technique.add("T1020");
      }
    } else {
      technique.add("T1020");
    }
    if (scheduled) {
      technique.add(link.technique());
    }

    String host = c.process() != null && c.process().host() != null ? c.process().host() : c.host();
    String scheduleText = NetworkBeacon.schedule(r);
    String who = c.key().imageName() + (link != null && link.job() != null ? " (" + jobWord(link) + " " + link.job() + ")" : "");
    String title = host + " " + who + " -> " + c.destination() + ":" + c.commonPort() + " " + scheduleText
        + String.format(Locale.ROOT, ", %d beats", r.episodes());
    List<String> addresses = c.addresses();
    Finding.Destination dest = new Finding.Destination(
        addresses.isEmpty() ? null : addresses.get(0), c.domain(), c.commonPort(), c.namedBy().id(), addresses, null);

    List<String> notes = new ArrayList<>();
    if (c.joined() == 0) {
      notes.add("endpoint data alone: no sensor flow joined these connections, so bytes are unknown");
    } else if (c.joined() < c.connections()) {
      notes.add(c.joined() + " of " + c.connections() + " connections joined to sensor flows (bytes count those)");
    }
    if (c.ambiguous() > 0) {
      notes.add(c.ambiguous() + " flow joins were ambiguous (another connection of the same 5-tuple within TimeWindow; the closest in time won)");
    }
    if (c.process() == null) {
      notes.add("process start not logged (started before the logs, or not collected): identity from the connection record");
    }
    if (c.processInstances() > 1) {
      notes.add(c.processInstances() + " process runs made these connections");
    }
    ScheduledJob def = link == null ? null : link.definition();
    String cronMatch = cronMatch(def, r.episodeStartsMicros());
    if (cronMatch != null) {
      notes.add(cronMatch);
    }
    if (def != null && def.change() == ScheduledJob.Change.DELETED) {
      notes.add("the task was deleted (" + def.source() + ")");
    }
    Finding.Evidence evidence = new Finding.Evidence(
        NetworkBeacon.sampleTimes(r.episodeStartsMicros(), beacon.evidenceBeats()),
        NetworkBeacon.sampleIntervals(r.episodeStartsMicros(), 2 * beacon.evidenceBeats()),
        r.episodes(),
        c.connections(),
        r.missingFraction(),
        scheduleText,
        c.logRefs().stream().map(Object::toString).toList(),
        notes);

    String allowEntry = c.domain() != null ? c.domain() : (addresses.isEmpty() ? c.destination() : addresses.get(0));
    String parent = parentName(c);
    String baselineEntry = link != null && link.job() != null ? link.job()
        : parent != null ? parent + ">" + c.key().imageName() : c.key().imageName();
    String min = String.format(Locale.ROOT, "%.2f", Math.floor(score * 100 + 1) / 100);
    List<Finding.Silencer> silence = List.of(
        new Finding.Silencer("DestIPAllowlist", allowEntry, "--allow-dest " + allowEntry),
        new Finding.Silencer("ParentProcessBaseline", baselineEntry, "--baseline '" + baselineEntry + "'"),
        new Finding.Silencer("MinScore", min, "--min-score " + min));

    ProcessNode p = c.process();
    Finding.Initiator initiator = new Finding.Initiator(
        link == null ? null : link.job(),
        link == null ? null : link.linkedBy(),
        def == null ? null : TriggerText.of(def.triggers()),
        def == null ? null : def.author(),
        def == null ? null : def.runAs(),
        c.image(),
        p == null ? null : p.commandLine(),
        userName(c.user(), def),
        p == null ? null : p.integrityLevel(),
        parentChain(lineage));

    long[] starts = r.episodeStartsMicros();
    return new Finding(analytic, technique, title, score, severity, host,
        new Finding.Source(c.sourceIps().isEmpty() ? null : c.sourceIps().get(0)), dest, initiator,
        starts[0], starts[starts.length - 1], r.episodes(), r.periodSeconds(), r.jitter(), out, in,
        parts, evidence, silence, "outbound", r.score());
  }

  /**
   * The period the task's definition says it runs at: its periodic triggers' period when they all
   * agree, else 0 (unknown: the rhythm estimates its own).
   */
  static double schedulePeriod(InitiatorChannel c) {
    ScheduledJob def = c.job() == null ? null : c.job().definition();
    if (def == null) {
      return 0;
    }
    long period = 0;
    for (var trigger : def.triggers()) {
      if (trigger.periodSeconds() > 0) {
        if (period != 0 && period != trigger.periodSeconds()) {
          return 0;
        }
        period = trigger.periodSeconds();
      }
    }
    return period;
  }

  private static ScorePart lineagePart(InitiatorChannel c, JobLink link, String scriptHost, TransferTunables t) {
    String chain = c.lineage() == null ? c.key().imageName() : c.lineage().describe();
    if (link != null) {
      String task = link.job() != null ? jobWord(link) + " " + link.job() : "the task scheduler";
      if (scriptHost != null) {
        return new ScorePart("lineage", 1, t.weightLineage(), task + " runs " + scriptHost + ": " + chain);
      }
      return new ScorePart("lineage", 0.6, t.weightLineage(), task + " runs it: " + chain);
    }
    if (scriptHost != null) {
      return new ScorePart("lineage", 0.7, t.weightLineage(), "script host " + scriptHost + ", no task: " + chain);
    }
    double share = c.busiestInstanceShare();
    if (share >= 0.9) {
      return new ScorePart("lineage", 0.8, t.weightLineage(), String.format(Locale.ROOT,
          "one long-lived process made %.0f%% of the connections: %s", 100 * share, chain));
    }
    return new ScorePart("lineage", 0.4, t.weightLineage(),
        c.processInstances() + " short-lived processes, no task, no script host: " + chain);
  }

  /** The first script host or transfer tool from the process up to (not including) the scheduler. */
  static String scriptHost(InitiatorChannel c, Set<String> scriptHosts) {
    if (c.lineage() == null) {
      return scriptHosts.contains(c.key().imageName()) ? c.key().imageName() : null;
    }
    for (ProcessNode n : c.lineage().chain()) {
      if (JobLedger.isScheduler(n)) {
        break;
      }
      String name = n.imageName();
      if (name != null && scriptHosts.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /**
   * "beats match `0 * * * *` (98% within 2 min of a scheduled run)" for a cron job whose line was
   * read, or null.
   */
  static String cronMatch(ScheduledJob def, long[] startsMicros) {
    if (def == null) {
      return null;
    }
    for (var trigger : def.triggers()) {
      String detail = trigger.detail();
      if (!"cron".equals(trigger.kind()) || detail == null || !detail.startsWith("schedule=")) {
        continue;
      }
      int end = detail.indexOf(';');
      String expr = detail.substring("schedule=".length(), end < 0 ? detail.length() : end);
      try {
        CronExpression cron = CronExpression.parse(expr);
        if (cron.isReboot()) {
          return "started by `@reboot`: one run, beats from the process it left running";
        }
        double share = cron.matches(startsMicros, 120_000_000L);
        return String.format(Locale.ROOT, "beats match `%s` (%.0f%% within 2 min of a scheduled run)", expr, 100 * share);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The account: the job's run-as name when the logs give only a numeric uid (auditd without passwd). */
  static String userName(String user, ScheduledJob def) {
    if (user != null && user.chars().allMatch(Character::isDigit) && def != null && def.runAs() != null) {
      return def.runAs();
    }
    return user;
  }

  private static String jobWord(JobLink link) {
    return switch (link.mechanism()) {
      case JobLink.CRON -> "cron job";
      case JobLink.SYSTEMD_TIMER -> "systemd timer";
      default -> "task";
    };
  }

  static boolean isUnixPath(String image) {
    return image != null && image.startsWith("/");
  }

  /** Linux: the first {@code ScriptPathRegex} match in the image or command line, or null. */
  static String userWritableUnix(InitiatorChannel c, TransferTunables t) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(t.scriptPathRegex());
    // The job's command, then the scripts from the top of the lineage down, then the process's image.
    List<String> texts = new ArrayList<>();
    if (c.job() != null && c.job().definition() != null) {
      for (var a : c.job().definition().actions()) {
        texts.add(a.command());
      }
    }
    if (c.lineage() != null) {
      List<ProcessNode> chain = c.lineage().chain();
      for (int i = chain.size() - 1; i >= 0; i--) {
        texts.add(chain.get(i).commandLine());
      }
    } else if (c.process() != null) {
      texts.add(c.process().commandLine());
    }
    texts.add(c.image());
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      java.util.regex.Matcher m = p.matcher(text);
      if (m.find()) {
        return m.group().strip().replaceAll("^[\"'=@]", "");
      }
    }
    return null;
  }

  /** The user-writable directory the image or command line runs from, or null. */
  static String userWritable(InitiatorChannel c) {
    String[] texts = {c.image(), c.process() == null ? null : c.process().commandLine()};
    for (String s : texts) {
      if (s == null) {
        continue;
      }
      String l = s.toLowerCase(Locale.ROOT).replace('/', '\\');
      for (String dir : new String[] {"\\appdata\\", "\\temp\\", "\\tmp\\", "\\users\\public\\", "\\downloads\\"}) {
        if (l.contains(dir)) {
          return dir;
        }
      }
      int pd = l.indexOf("\\programdata\\");
      if (pd >= 0 && !l.startsWith("microsoft\\", pd + "\\programdata\\".length())) {
        return "\\programdata\\";
      }
      if (l.contains("\\users\\") && !l.contains("\\users\\default\\")) {
        return "\\users\\";
      }
    }
    return null;
  }

  private static String job(InitiatorChannel c) {
    return c.job() == null ? null : c.job().job();
  }

  private static String parentName(InitiatorChannel c) {
    Lineage l = c.lineage();
    if (l == null) {
      return null;
    }
    if (l.chain().size() > 1) {
      return l.chain().get(1).imageName();
    }
    return l.missingParentImage() == null ? null : ProcessNode.fileName(l.missingParentImage());
  }

  /** Ancestors root first, each as its command line (or image), a parent known only by name in brackets. */
  static List<String> parentChain(Lineage l) {
    List<String> out = new ArrayList<>();
    if (l == null) {
      return out;
    }
    if (l.missingParentImage() != null) {
      out.add("[" + l.missingParentImage() + "]");
    }
    for (int i = l.chain().size() - 1; i >= 1; i--) {
      ProcessNode n = l.chain().get(i);
      out.add(n.commandLine() != null ? n.commandLine() : n.image() != null ? n.image() : "?");
    }
    return out;
  }

  private static String rhythmNote(RhythmScore r) {
    StringBuilder b = new StringBuilder("rhythm of ").append(r.episodes()).append(" beats:");
    for (ScorePart p : r.parts()) {
      if (p.role() == ScorePart.Role.WEIGHTED) {
        b.append(String.format(Locale.ROOT, " %s %.2f", p.name(), p.value()));
      }
    }
    return b.toString();
  }

  private static double weightedMean(List<ScorePart> parts) {
    double num = 0;
    double den = 0;
    for (ScorePart p : parts) {
      if (p.role() == ScorePart.Role.WEIGHTED) {
        num += p.weight() * p.value();
        den += p.weight();
      }
    }
    return den == 0 ? 0 : num / den;
  }

}
