package dev.cronhound.cli.simulate;

import java.nio.file.Path;

/**
 * What a simulation run wrote.
 *
 * @param dns {@code dns.log} records (0 with {@code --conn-only}); likewise {@code ssl}, {@code
 *     http}
 */
public record SimulationSummary(Path out, long conn, long dns, long ssl, long http) {}
