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
      TruthFile.estateHeader(g, "windows", options.seed(), options.days(), window, options.hosts());
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
      TruthFile.array(g, "planted", planted, WindowsTruthFile::write);
      TruthFile.array(g, "benign", benign, WindowsTruthFile::write);
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
    TruthFile.positiveOrNull(g, "port", c.port());
    TruthFile.positiveOrNull(g, "period_seconds", c.periodSeconds());
    TruthFile.caseEnd(g, c.allowlist(), c.counts(), c.note());
    g.writeEndObject();
  }
}
