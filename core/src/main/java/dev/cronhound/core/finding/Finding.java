package dev.cronhound.core.finding;

import java.util.List;

/**
 * One detection, with everything an analyst needs to judge it: what, who, where, when, how often,
 * how much, why it scored as it did, and how to silence it. The JSON form is specified in {@code
 * docs/findings.md}; sinks render it, the record holds plain values.
 *
 * @param analytic the analytic that fired ({@code BEACON}, {@code AN1118}, ...)
 * @param technique ATT&CK technique ids
 * @param host the host the activity came from (name when known, else its address)
 * @param initiator the job or process behind the channel; null until endpoint data joins in
 * @param firstSeenMicros first beat, epoch microseconds
 * @param lastSeenMicros last beat, epoch microseconds
 * @param count beats (episodes)
 * @param periodSeconds estimated period
 * @param jitter interval MAD as a fraction of the median interval
 * @param bytesOut bytes sent over the channel, -1 when not known
 * @param bytesIn bytes received over the channel, -1 when not known
 * @param direction {@code outbound}, {@code inbound} or {@code east-west} (see {@code
 *     dev.cronhound.core.channel.Direction}), or null when it does not apply
 * @param rhythmScore the rhythm alone, before any modifier (prevalence, download, known service, ...)
 *     multiplied it into {@code score}; NaN when the analytic has no rhythm
 */
public record Finding(
    String analytic,
    List<String> technique,
    String title,
    double score,
    Severity severity,
    String host,
    Source source,
    Destination destination,
    Initiator initiator,
    long firstSeenMicros,
    long lastSeenMicros,
    long count,
    double periodSeconds,
    double jitter,
    long bytesOut,
    long bytesIn,
    List<ScorePart> scoreParts,
    Evidence evidence,
    List<Silencer> silenceWith,
    String direction,
    double rhythmScore) {

  public Finding {
    technique = List.copyOf(technique);
    scoreParts = List.copyOf(scoreParts);
    silenceWith = List.copyOf(silenceWith);
  }

  /** The originating side. */
  public record Source(String ip) {}

  /**
   * The far side: the address (the most used one when several), the domain when the logs named
   * it, the port most connections used, what named it, every address seen (up to 8), and the proxy
   * the traffic went through, if any. For rotating infrastructure (one source's rhythmic traffic to
   * a family of addresses), {@code family} says what the members share ({@code "port 447"}, {@code
   * "tls_sni c2.example"}, {@code "/24 203.0.113.0 port 443"}) and {@code spans} lists every member
   * address with its port, first and last beat and beats; null and empty otherwise.
   */
  public record Destination(
      String ip, String domain, int port, String namedBy, List<String> addresses, String viaProxy,
      String family, List<AddressSpan> spans) {
    public Destination {
      addresses = List.copyOf(addresses);
      spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** A destination that is not a family. */
    public Destination(String ip, String domain, int port, String namedBy, List<String> addresses, String viaProxy) {
      this(ip, domain, port, namedBy, addresses, viaProxy, null, List.of());
    }
  }

  /** One address of a rotating family: its port, first and last beat (epoch microseconds), beats. */
  public record AddressSpan(String ip, int port, long firstMicros, long lastMicros, long beats) {}

  /**
   * The job or process behind a channel (endpoint data): the scheduled task when one started it
   * ({@code job}, how that was established, its trigger, author and principal from the definition),
   * the connecting process (image, latest command line, user, integrity) and its parents, root
   * first, each as its command line (or image when none was logged).
   */
  public record Initiator(
      String job,
      String linkedBy,
      String trigger,
      String jobAuthor,
      String runAs,
      String image,
      String commandLine,
      String user,
      String integrityLevel,
      List<String> parentChain) {
    public Initiator {
      parentChain = parentChain == null ? List.of() : List.copyOf(parentChain);
    }
  }

  /**
   * What the finding rests on: a sample of beat times and intervals (the first beats and the last),
   * how many there were in all, connections, share of missed beats, the typical time on the
   * schedule's clock, and {@code file:line} references into the logs.
   */
  public record Evidence(
      List<Long> timestampsMicros,
      List<Double> intervalsSeconds,
      int beats,
      long connections,
      double missingFraction,
      String schedule,
      List<String> logRefs,
      List<String> notes) {
    public Evidence {
      timestampsMicros = List.copyOf(timestampsMicros);
      intervalsSeconds = List.copyOf(intervalsSeconds);
      logRefs = List.copyOf(logRefs);
      notes = List.copyOf(notes);
    }
  }

  /** A tunable or allowlist entry that would suppress this finding, with the exact setting. */
  public record Silencer(String tunable, String entry, String how) {}
}
