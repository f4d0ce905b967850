package dev.cronhound.cli.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Windows estate's {@code truth.json}: the options, the hosts, the planted cases (with
 * the analytic that must report each) and the benign automation that must not be reported (or
 * only under its {@code allowlist} entry). Same style as the network simulator's {@link
 * TruthFile}: keys in a fixed order, {@code \n} line ends, byte-stable.
 */
final class WindowsTruthFile {
  private WindowsTruthFile() {}

  static void write(
      Path file,
      WindowsSimulationOptions options,
      TimeWindow window,
      List<Workstation> hosts,
      List<EstateCase> planted,
      List<EstateCase> benign)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = TruthFile.generator(out)) {
      g.writeStartObject();
      g.writeStringField("simulation", "windows");
      g.writeNumberField("seed", options.seed());
      g.writeNumberField("days", options.days());
      g.writeStringField("start", window.start().toString());
      g.writeStringField("end", window.end().toString());
      g.writeNumberField("host_count", options.hosts());
      g.writeObjectFieldStart("network");
      g.writeStringField("internal", "10.20.0.0/24");
      g.writeStringField("resolver", ZeekSensor.RESOLVER);
      g.writeArrayFieldStart("zeek_only");
      g.writeString(ZeekOnlyDevices.LINUX);
      g.writeString(ZeekOnlyDevices.PRINTER);
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayFieldStart("hosts");
      for (Workstation h : hosts) {
        g.writeStartObject();
        g.writeStringField("name", h.name);
        g.writeStringField("computer", h.fqdn);
        g.writeStringField("ip", h.ip);
        g.writeStringField("user", h.user.qualified());
        g.writeBooleanField("sysmon", h.sysmon);
        g.writeStringField("xml", "xml/" + h.name + ".xml");
        g.writeStringField("ndjson", "ndjson/" + h.name + ".ndjson");
        g.writeNumberField("pid_reuses", h.pidReuses());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("planted");
      for (EstateCase c : planted) {
        write(g, c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("benign");
      for (EstateCase c : benign) {
        write(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void write(JsonGenerator g, EstateCase c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeStringField("analytic", c.analytic());
    g.writeStringField("host", c.host());
    g.writeStringField("job", c.job());
    g.writeStringField("image", c.image());
    g.writeStringField("user", c.user());
    g.writeStringField("destination", c.destination());
    g.writeStringField("dest_ip", c.destIps().isEmpty() ? null : c.destIps().get(0));
    g.writeArrayFieldStart("dest_ips");
    for (String ip : c.destIps()) {
      g.writeString(ip);
    }
    g.writeEndArray();
    if (c.port() > 0) {
      g.writeNumberField("port", c.port());
    } else {
      g.writeNullField("port");
    }
    if (c.periodSeconds() > 0) {
      g.writeNumberField("period_seconds", c.periodSeconds());
    } else {
      g.writeNullField("period_seconds");
    }
    g.writeStringField("allowlist", c.allowlist());
    g.writeNumberField("runs", c.counts().runs);
    g.writeNumberField("connections", c.counts().connections);
    TruthFile.instant(g, "first_seen", c.counts().first);
    TruthFile.instant(g, "last_seen", c.counts().last);
    g.writeStringField("note", c.note());
    g.writeEndObject();
  }
}
