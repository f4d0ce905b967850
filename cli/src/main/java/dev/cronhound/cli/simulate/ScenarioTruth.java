package dev.cronhound.cli.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code truth.json} of a scenario, in the style of the default network truth: the scenario,
 * the sensor (which logs, which local nets, whether it sets {@code local_orig}/{@code local_resp}),
 * the local hosts, the planted channels a hunter must find (source, destination or family, port,
 * period, direction, what actually happened) and the labelled-benign channels that must rank below
 * them. Keys are written in a fixed order, so the file is byte-stable.
 */
final class ScenarioTruth {
  /** One address of a rotating family: when it was the C2, and how many beats each host sent it. */
  record Member(String ip, int port, long firstSeen, long lastSeen, long beats, long failedAttempts) {}

  /**
   * A channel a hunter must find.
   *
   * @param destination the name the traffic itself gives (SNI, Host) or the address; for a
   *     rotating family, {@code family}
   * @param destinationIp the address in {@code conn.log}, or null for a family
   * @param family every address of a rotating family, in first-use order (empty otherwise)
   */
  record Planted(
      String name,
      String sourceIp,
      String destination,
      String destinationIp,
      List<Member> family,
      int port,
      String service,
      String direction,
      long periodSeconds,
      String jitter,
      BeatStats stats,
      String note) {}

  /**
   * A channel labelled benign: must rank below every planted one.
   *
   * @param sources the local (or, inbound, outside) addresses that run it
   * @param vendor who operates it when it is known vendor automation, else null
   * @param periodSeconds nominal period, or 0 when it has none
   */
  record Benign(
      String name,
      String direction,
      List<String> sources,
      List<String> destinations,
      int port,
      String service,
      long periodSeconds,
      String pattern,
      String vendor,
      String note) {}

  private final ScenarioName scenario;
  private final long seed;
  private final TimeWindow window;
  private final List<String> localNets;
  private final boolean localFlags;
  private final Set<LogKind> logs;
  private final List<Planted> planted = new ArrayList<>();
  private final List<Benign> benign = new ArrayList<>();
  private final Map<String, String> localHosts = new LinkedHashMap<>();
  private final Map<String, Long> background = new LinkedHashMap<>();
  private final Map<String, String> facts = new LinkedHashMap<>();
  private String exercises = "";
  private String sensor = "";

  ScenarioTruth(
      ScenarioName scenario, long seed, TimeWindow window, List<String> localNets, boolean localFlags,
      Set<LogKind> logs) {
    this.scenario = scenario;
    this.seed = seed;
    this.window = window;
    this.localNets = List.copyOf(localNets);
    this.localFlags = localFlags;
    this.logs = logs;
  }

  /** Which items of issue 13 the scenario exercises, and where the sensor sits. */
  void describe(String exercises, String sensor) {
    this.exercises = exercises;
    this.sensor = sensor;
  }

  void host(String ip, String role) {
    localHosts.put(ip, role);
  }

  void count(String what, long n) {
    background.merge(what, n, Long::sum);
  }

  /** A fact of the scenario a test checks (the host's clock offset, its names). */
  void fact(String key, String value) {
    facts.put(key, value);
  }

  void planted(Planted p) {
    planted.add(p);
  }

  void benign(Benign b) {
    benign.add(b);
  }

  List<Planted> planted() {
    return planted;
  }

  void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = TruthFile.generator(out)) {
      g.writeStartObject();
      g.writeStringField("simulation", "network");
      g.writeStringField("scenario", scenario.id());
      g.writeNumberField("seed", seed);
      g.writeNumberField("days", (window.endMicros() - window.startMicros()) / TimeWindow.DAY);
      g.writeStringField("start", window.start().toString());
      g.writeStringField("end", window.end().toString());
      g.writeStringField("exercises", exercises);
      g.writeObjectFieldStart("sensor");
      g.writeStringField("where", sensor);
      g.writeArrayFieldStart("logs");
      for (LogKind k : logs) {
        g.writeString(k.path());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("local_nets");
      for (String n : localNets) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeStringField("local_flags", localFlags ? "set" : "unset");
      g.writeEndObject();
      if (!facts.isEmpty()) {
        g.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> f : facts.entrySet()) {
          g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
      }
      g.writeArrayFieldStart("local_hosts");
      for (Map.Entry<String, String> h : localHosts.entrySet()) {
        g.writeStartObject();
        g.writeStringField("ip", h.getKey());
        g.writeStringField("role", h.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("planted");
      for (Planted p : planted) {
        planted(g, p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("benign");
      for (Benign b : benign) {
        benign(g, b);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("background");
      for (Map.Entry<String, Long> c : background.entrySet()) {
        g.writeNumberField(c.getKey(), c.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void planted(JsonGenerator g, Planted p) throws IOException {
    BeatStats s = p.stats();
    g.writeStartObject();
    g.writeStringField("name", p.name());
    g.writeStringField("source_ip", p.sourceIp());
    g.writeStringField("destination", p.destination());
    g.writeStringField("destination_ip", p.destinationIp());
    if (!p.family().isEmpty()) {
      g.writeArrayFieldStart("family");
      for (Member m : p.family()) {
        g.writeStartObject();
        g.writeStringField("ip", m.ip());
        g.writeNumberField("port", m.port());
        TruthFile.instant(g, "first_seen", m.firstSeen());
        TruthFile.instant(g, "last_seen", m.lastSeen());
        g.writeNumberField("beats", m.beats());
        g.writeNumberField("failed_attempts", m.failedAttempts());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeNumberField("port", p.port());
    g.writeStringField("service", p.service());
    g.writeStringField("direction", p.direction());
    g.writeNumberField("period_seconds", p.periodSeconds());
    g.writeStringField("jitter", p.jitter());
    TruthFile.instant(g, "first_seen", s.first());
    TruthFile.instant(g, "last_seen", s.last());
    g.writeNumberField("beats", s.beats());
    g.writeNumberField("connections", s.connections());
    g.writeStringField("note", p.note());
    g.writeEndObject();
  }

  private static void benign(JsonGenerator g, Benign b) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", b.name());
    g.writeStringField("label", "benign");
    g.writeStringField("direction", b.direction());
    g.writeArrayFieldStart("sources");
    for (String s : b.sources()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("destinations");
    for (String d : b.destinations()) {
      g.writeString(d);
    }
    g.writeEndArray();
    TruthFile.positiveOrNull(g, "port", b.port());
    g.writeStringField("service", b.service());
    TruthFile.positiveOrNull(g, "period_seconds", b.periodSeconds());
    g.writeStringField("pattern", b.pattern());
    g.writeStringField("vendor", b.vendor());
    g.writeStringField("note", b.note());
    g.writeEndObject();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
