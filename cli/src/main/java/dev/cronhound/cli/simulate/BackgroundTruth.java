package dev.cronhound.cli.simulate;

import java.util.List;

/**
 * The ground truth of one kind of benign background traffic spread over many hosts.
 *
 * @param periodSeconds nominal period per host, or 0 for irregular traffic
 * @param sourceCount how many internal hosts take part
 */
record BackgroundTruth(
    String name,
    List<String> destinations,
    int port,
    String service,
    long periodSeconds,
    String pattern,
    int sourceCount,
    String note) {
  BackgroundTruth {
    destinations = List.copyOf(destinations);
  }
}
