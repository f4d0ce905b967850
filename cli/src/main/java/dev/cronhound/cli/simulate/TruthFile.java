package dev.cronhound.cli.simulate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code truth.json}: the options, the network, the planted channels a hunter must find and
 * the benign traffic that must not be reported (or only under an allowlist). Keys are always in the
 * same order and lines end in {@code \n}, so the file is byte-stable.
 */
final class TruthFile {
  static final String NAME = "truth.json";

  private TruthFile() {}

  static void write(
      Path file,
      SimulationOptions options,
      NetworkScenario net,
      List<ScheduledTruth> planted,
      List<BackgroundTruth> background,
      List<ScheduledTruth> benignScheduled)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeNumberField("seed", options.seed());
      g.writeNumberField("days", options.days());
      g.writeStringField("start", net.window().start().toString());
      g.writeStringField("end", net.window().end().toString());
      g.writeStringField("format", options.format().name().toLowerCase(Locale.ROOT));
      g.writeObjectFieldStart("network");
      g.writeStringField("internal", "10.10.0.0/16");
      g.writeStringField("resolver", NetworkScenario.RESOLVER);
      g.writeStringField("proxy", NetworkScenario.PROXY + ":" + NetworkScenario.PROXY_PORT);
      g.writeEndObject();
      g.writeArrayFieldStart("hosts");
      for (int h = 0; h < net.hostCount(); h++) {
        g.writeStartObject();
        g.writeStringField("ip", net.hostIp(h));
        g.writeStringField("role", net.isServer(h) ? "server" : "workstation");
        g.writeBooleanField("uses_proxy", net.usesProxy(h));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("planted");
      for (ScheduledTruth t : planted) {
        scheduled(g, t);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("benign");
      for (BackgroundTruth t : background) {
        background(g, t);
      }
      for (ScheduledTruth t : benignScheduled) {
        scheduled(g, t);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * A generator in the style of every {@code truth.json}: two-space indents, {@code \n} line ends,
   * UTF-8.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(pretty);
    return g;
  }

  /**
   * Opens an estate simulator's truth object: which simulator, the seed, days, window and host
   * count.
   */
  static void estateHeader(
      JsonGenerator g, String simulation, long seed, int days, TimeWindow window, int hostCount)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("simulation", simulation);
    g.writeNumberField("seed", seed);
    g.writeNumberField("days", days);
    g.writeStringField("start", window.start().toString());
    g.writeStringField("end", window.end().toString());
    g.writeNumberField("host_count", hostCount);
  }

  /** Writes one element of a truth array. */
  interface ElementWriter<T> {
    void write(JsonGenerator g, T element) throws IOException;
  }

  /** {@code "field": [...]} with every element written by {@code writer}. */
  static <T> void array(JsonGenerator g, String field, List<T> elements, ElementWriter<T> writer)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (T e : elements) {
      writer.write(g, e);
    }
    g.writeEndArray();
  }

  /** Writes {@code value}, or null when it is not positive (no port, no period). */
  static void positiveOrNull(JsonGenerator g, String field, long value) throws IOException {
    if (value > 0) {
      g.writeNumberField(field, value);
    } else {
      g.writeNullField(field);
    }
  }

  /** The allowlist entry, what was generated for a case, and its note. */
  static void caseEnd(JsonGenerator g, String allowlist, EstateCase.Counts counts, String note)
      throws IOException {
    g.writeStringField("allowlist", allowlist);
    g.writeNumberField("runs", counts.runs);
    g.writeNumberField("connections", counts.connections);
    instant(g, "first_seen", counts.first);
    instant(g, "last_seen", counts.last);
    g.writeStringField("note", note);
  }

  /** Writes {@code micros} as an ISO instant, or null for {@link Long#MIN_VALUE}. */
  static void instant(JsonGenerator g, String field, long micros) throws IOException {
    if (micros == Long.MIN_VALUE) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, TimeWindow.instant(micros).toString());
    }
  }

  private static void scheduled(JsonGenerator g, ScheduledTruth t) throws IOException {
    BeatStats s = t.stats();
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeStringField("source_ip", t.sourceIp());
    g.writeStringField("destination", t.destination());
    g.writeStringField("destination_ip", t.destinationIp());
    g.writeNumberField("port", t.port());
    g.writeStringField("service", t.service());
    g.writeNumberField("period_seconds", t.periodSeconds());
    g.writeStringField("jitter", t.jitter());
    g.writeNumberField("missing_fraction", Math.round(s.missingFraction() * 1e4) / 1e4);
    instant(g, "first_seen", s.first());
    instant(g, "last_seen", s.last());
    g.writeNumberField("beats", s.beats());
    g.writeNumberField("connections", s.connections());
    g.writeStringField("note", t.note());
    g.writeEndObject();
  }

  private static void background(JsonGenerator g, BackgroundTruth t) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeArrayFieldStart("destinations");
    for (String d : t.destinations()) {
      g.writeString(d);
    }
    g.writeEndArray();
    g.writeNumberField("port", t.port());
    g.writeStringField("service", t.service());
    if (t.periodSeconds() > 0) {
      g.writeNumberField("period_seconds", t.periodSeconds());
    } else {
      g.writeNullField("period_seconds");
    }
    g.writeStringField("pattern", t.pattern());
    g.writeNumberField("source_count", t.sourceCount());
    g.writeStringField("note", t.note());
    g.writeEndObject();
  }
}
