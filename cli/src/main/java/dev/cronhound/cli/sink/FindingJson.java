package dev.cronhound.cli.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Renders a {@link Finding} as one JSON line in the contract of {@code docs/findings.md}. Every
 * string the logs supplied is escaped by Jackson, and every non-ASCII character is written as a
 * {@code \\u} escape, so no domain or command line can break a line, or a consumer that splits on
 * U+2028.
 */
public final class FindingJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private FindingJson() {}

  public static String line(Finding f) {
    StringWriter w = new StringWriter(2048);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static void write(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("analytic", f.analytic());
    g.writeArrayFieldStart("technique");
    for (String t : f.technique()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeStringField("title", f.title());
    g.writeFieldName("score");
    g.writeNumber(round(f.score(), 4));
    g.writeFieldName("rhythm_score");
    if (Double.isNaN(f.rhythmScore())) {
      g.writeNull();
    } else {
      g.writeNumber(round(f.rhythmScore(), 4));
    }
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("host", f.host());
    g.writeStringField("direction", f.direction());
    g.writeObjectFieldStart("source");
    g.writeStringField("ip", f.source().ip());
    g.writeEndObject();
    writeDestination(g, f.destination());
    writeInitiator(g, f.initiator());
    g.writeStringField("first_seen", iso(f.firstSeenMicros()));
    g.writeStringField("last_seen", iso(f.lastSeenMicros()));
    g.writeNumberField("count", f.count());
    g.writeFieldName("period_seconds");
    g.writeNumber(round(f.periodSeconds(), 3));
    g.writeFieldName("jitter");
    g.writeNumber(round(f.jitter(), 4));
    writeBytes(g, "bytes_out", f.bytesOut());
    writeBytes(g, "bytes_in", f.bytesIn());
    g.writeObjectFieldStart("score_parts");
    for (ScorePart p : f.scoreParts()) {
      g.writeObjectFieldStart(p.name());
      g.writeFieldName("value");
      g.writeNumber(round(p.value(), 4));
      g.writeFieldName("weight");
      g.writeNumber(round(p.weight(), 4));
      g.writeStringField("role", p.role().id());
      g.writeStringField("note", p.note());
      g.writeEndObject();
    }
    g.writeEndObject();
    writeEvidence(g, f.evidence());
    g.writeArrayFieldStart("silence_with");
    for (Finding.Silencer s : f.silenceWith()) {
      g.writeStartObject();
      g.writeStringField("tunable", s.tunable());
      g.writeStringField("entry", s.entry());
      g.writeStringField("how", s.how());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeDestination(JsonGenerator g, Finding.Destination d) throws IOException {
    g.writeObjectFieldStart("destination");
    g.writeStringField("ip", d.ip());
    g.writeStringField("domain", d.domain());
    if (d.port() >= 0) {
      g.writeNumberField("port", d.port());
    } else {
      g.writeNullField("port");
    }
    g.writeStringField("named_by", d.namedBy());
    g.writeArrayFieldStart("addresses");
    for (String a : d.addresses()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeStringField("via_proxy", d.viaProxy());
    if (d.family() != null) {
      g.writeStringField("family", d.family());
      g.writeArrayFieldStart("spans");
      for (Finding.AddressSpan s : d.spans()) {
        g.writeStartObject();
        g.writeStringField("ip", s.ip());
        g.writeNumberField("port", s.port());
        g.writeStringField("first_seen", iso(s.firstMicros()));
        g.writeStringField("last_seen", iso(s.lastMicros()));
        g.writeNumberField("beats", s.beats());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeInitiator(JsonGenerator g, Finding.Initiator i) throws IOException {
    if (i == null) {
      g.writeNullField("initiator");
      return;
    }
    g.writeObjectFieldStart("initiator");
    g.writeStringField("job", i.job());
    g.writeStringField("linked_by", i.linkedBy());
    g.writeStringField("trigger", i.trigger());
    g.writeStringField("job_author", i.jobAuthor());
    g.writeStringField("run_as", i.runAs());
    g.writeStringField("image", i.image());
    g.writeStringField("command_line", i.commandLine());
    g.writeStringField("user", i.user());
    g.writeStringField("integrity_level", i.integrityLevel());
    g.writeArrayFieldStart("parent_chain");
    for (String p : i.parentChain()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEvidence(JsonGenerator g, Finding.Evidence e) throws IOException {
    g.writeObjectFieldStart("evidence");
    g.writeArrayFieldStart("timestamps");
    for (long t : e.timestampsMicros()) {
      g.writeString(iso(t));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("intervals_seconds");
    for (double d : e.intervalsSeconds()) {
      g.writeNumber(round(d, 3));
    }
    g.writeEndArray();
    g.writeNumberField("beats", e.beats());
    g.writeNumberField("connections", e.connections());
    g.writeFieldName("missing_fraction");
    g.writeNumber(round(e.missingFraction(), 4));
    g.writeStringField("schedule", e.schedule());
    g.writeArrayFieldStart("log_refs");
    for (String r : e.logRefs()) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (String n : e.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeBytes(JsonGenerator g, String name, long v) throws IOException {
    if (v < 0) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  /** ISO-8601 UTC with microseconds when the time has them. */
  public static String iso(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
        .toString();
  }

  static BigDecimal round(double v, int places) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
