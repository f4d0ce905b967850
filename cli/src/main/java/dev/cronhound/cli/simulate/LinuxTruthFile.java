package dev.cronhound.cli.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the Linux estate's {@code truth.json}: the options, the hosts, the planted cases (with
 * the analytic that must report each) and the benign automation that must not be reported (or
 * only under its {@code allowlist} entry). Same style as {@link TruthFile}: keys in a fixed order,
 * {@code \n} line ends, byte-stable.
 */
final class LinuxTruthFile {
  private LinuxTruthFile() {}

  static void write(
      Path file,
      LinuxSimulationOptions options,
      TimeWindow window,
      List<LinuxHost> hosts,
      List<LinuxCase> planted,
      List<LinuxCase> benign)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = TruthFile.generator(out)) {
      TruthFile.estateHeader(g, "linux", options.seed(), options.days(), window, options.hosts());
      g.writeObjectFieldStart("network");
      g.writeStringField("internal", "10.30.0.0/24");
      g.writeStringField("resolver", LinuxSimulation.RESOLVER);
      g.writeStringField("ssh_bastion", SshSessions.BASTION);
      g.writeEndObject();
      g.writeArrayFieldStart("hosts");
      for (LinuxHost h : hosts) {
        g.writeStartObject();
        g.writeStringField("name", h.name);
        g.writeStringField("ip", h.ip);
        g.writeStringField("audit_log", h.name + "/audit.log");
        g.writeStringField("syslog", h.name + "/syslog");
        g.writeNumberField("pid_max", PidSequence.PID_MAX);
        g.writeNumberField("pid_reuses", h.pidReuses());
        g.writeEndObject();
      }
      g.writeEndArray();
      TruthFile.array(g, "planted", planted, LinuxTruthFile::write);
      TruthFile.array(g, "benign", benign, LinuxTruthFile::write);
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void write(JsonGenerator g, LinuxCase c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeStringField("analytic", c.analytic());
    g.writeStringField("host", c.host());
    g.writeStringField("job", c.job());
    g.writeStringField("schedule", c.schedule());
    g.writeStringField("user", c.user());
    g.writeStringField("image", c.image());
    g.writeStringField("destination", c.destination());
    g.writeStringField("dest_ip", c.destIp());
    TruthFile.positiveOrNull(g, "port", c.port());
    TruthFile.positiveOrNull(g, "period_seconds", c.periodSeconds());
    TruthFile.caseEnd(g, c.allowlist(), c.counts(), c.note());
    g.writeEndObject();
  }
}
