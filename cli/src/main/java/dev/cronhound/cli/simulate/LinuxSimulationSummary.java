package dev.cronhound.cli.simulate;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a Linux simulation run wrote.
 *
 * @param auditEvents audit events written per host name, in host order
 * @param syslogLines syslog lines written per host name
 */
public record LinuxSimulationSummary(
    Path out, Map<String, Long> auditEvents, Map<String, Long> syslogLines, long conn, long dns) {}
