package dev.cronhound.cli.simulate;

/**
 * The ground truth of one single-host scheduled channel: what a correct analysis should report.
 *
 * @param destination the channel's destination as a hunter should name it: the domain (SNI, HTTP
 *     Host or DNS query) when there is one, else the IP
 * @param destinationIp the address in {@code conn.log} ({@code id.resp_h}); the proxy when proxied
 * @param periodSeconds nominal period
 * @param jitter how the actual gaps or start times vary around the period
 * @param stats what actually happened in the simulated window
 */
record ScheduledTruth(
    String name,
    String sourceIp,
    String destination,
    String destinationIp,
    int port,
    String service,
    long periodSeconds,
    String jitter,
    String note,
    BeatStats stats) {}
