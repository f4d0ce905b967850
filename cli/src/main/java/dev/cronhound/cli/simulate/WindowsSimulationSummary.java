package dev.cronhound.cli.simulate;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a Windows simulation run wrote.
 *
 * @param events records written per host name, in host order (the same in both forms)
 */
public record WindowsSimulationSummary(Path out, Map<String, Long> events, long conn, long dns) {}
