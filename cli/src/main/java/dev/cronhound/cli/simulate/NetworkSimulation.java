package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a network simulation: builds the scenario from the seed, then walks the window hour by hour,
 * asking every channel for the connections that start in that hour and letting the {@link Timeline}
 * write them out in time order. Memory depends on the traffic of one hour, never on the number of
 * days; nothing depends on the wall clock or on hash iteration order.
 */
public final class NetworkSimulation {
  private NetworkSimulation() {}

  public static SimulationSummary run(SimulationOptions options) throws IOException {
    Files.createDirectories(options.out());
    SplittableRandom root = new SplittableRandom(options.seed());
    NetworkScenario net = NetworkScenario.create(options, root.split());
    SplittableRandom detail = root.split();
    BackgroundChannels background = new BackgroundChannels(net, root.split(), options.browseRate());
    PlantedChannels planted = new PlantedChannels(net, root.split(), options.days());
    List<Channel> channels = new ArrayList<>(background.channels());
    channels.addAll(planted.channels());

    TimeWindow window = net.window();
    SimulationSummary summary;
    try (Timeline timeline =
        new Timeline(
            options.out(),
            options.format(),
            options.gzip(),
            options.connOnly(),
            window.start(),
            window.end())) {
      Traffic traffic = new Traffic(net, timeline, detail);
      for (long from = window.startMicros(); from < window.endMicros(); from += TimeWindow.HOUR) {
        long to = Math.min(from + TimeWindow.HOUR, window.endMicros());
        for (Channel channel : channels) {
          channel.emit(from, to, traffic);
        }
        timeline.flushBefore(to - Traffic.MAX_LEAD_MICROS);
      }
      timeline.flushBefore(Long.MAX_VALUE);
      summary =
          new SimulationSummary(
              options.out(),
              timeline.written(LogKind.CONN),
              timeline.written(LogKind.DNS),
              timeline.written(LogKind.SSL),
              timeline.written(LogKind.HTTP));
    }
    List<ScheduledTruth> benignScheduled = List.of(planted.nightlyBackupTruth());
    TruthFile.write(
        options.out().resolve(TruthFile.NAME),
        options,
        net,
        planted.planted(),
        background.truth(),
        benignScheduled);
    return summary;
  }
}
