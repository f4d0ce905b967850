package dev.cronhound.cli.engine;

import dev.cronhound.core.analytic.BeaconTunables;
import dev.cronhound.core.analytic.TransferTunables;
import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.context.KnownServiceModifier;
import dev.cronhound.core.context.KnownServiceTunables;
import dev.cronhound.core.context.KnownServices;
import dev.cronhound.core.correlate.CorrelationTunables;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import dev.cronhound.core.tuning.TunableOverrides;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.linux.audit.Passwd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a hunt run is told: inputs, time bounds, tunables (defaults with the user's {@code
 * Name=value} overrides applied), the destination allowlist, the parent-process baseline,
 * reporting limits and the known-services list (vendor automation that {@code known_service}
 * lowers: the shipped list unless {@link #withKnownServices} says otherwise).
 */
public record HuntSettings(
    List<String> inputs,
    InputFormat format,
    long sinceMicros,
    long untilMicros,
    RhythmTunables rhythm,
    ChannelTunables channel,
    BeaconTunables beacon,
    CorrelationTunables correlation,
    TransferTunables transfer,
    DestinationAllowlist allowlist,
    ParentProcessBaseline baseline,
    double minScore,
    int top,
    Passwd passwd,
    int year,
    KnownServiceTunables knownService,
    KnownServices knownServices) {

  /** The same settings, naming audit uids from {@code passwd}. */
  public HuntSettings withPasswd(Passwd passwd) {
    return new HuntSettings(inputs, format, sinceMicros, untilMicros, rhythm, channel, beacon, correlation, transfer,
        allowlist, baseline, minScore, top, passwd, year, knownService, knownServices);
  }

  /**
   * The same settings, giving year-less syslog stamps {@code year} (0: from the data, {@code
   * SyslogYears}); a file crossing new year still continues into the next.
   */
  public HuntSettings withYear(int year) {
    return new HuntSettings(inputs, format, sinceMicros, untilMicros, rhythm, channel, beacon, correlation, transfer,
        allowlist, baseline, minScore, top, passwd, year, knownService, knownServices);
  }

  /**
   * The same settings, lowering destinations in {@code list} ({@link KnownServices#NONE}: none,
   * {@code --no-known-services}).
   */
  public HuntSettings withKnownServices(KnownServices list) {
    return new HuntSettings(inputs, format, sinceMicros, untilMicros, rhythm, channel, beacon, correlation, transfer,
        allowlist, baseline, minScore, top, passwd, year, knownService, list);
  }

  /** The {@code known_service} modifier the analytics apply. */
  public KnownServiceModifier knownServiceModifier() {
    return new KnownServiceModifier(knownServices, knownService);
  }

  /** Every tunables record with its defaults, in the order {@code cronhound tunables} lists them. */
  public static List<Record> defaults() {
    return List.of(
        RhythmTunables.DEFAULTS,
        ChannelTunables.DEFAULTS,
        BeaconTunables.DEFAULTS,
        CorrelationTunables.DEFAULTS,
        TransferTunables.DEFAULTS,
        KnownServiceTunables.DEFAULTS);
  }

  /**
   * Builds settings, applying {@code overrides} to whichever tunables record names each.
   *
   * @throws IllegalArgumentException for an unknown tunable or a value that does not parse
   */
  public static HuntSettings of(
      List<String> inputs,
      InputFormat format,
      long sinceMicros,
      long untilMicros,
      Map<String, String> overrides,
      DestinationAllowlist allowlist,
      ParentProcessBaseline baseline,
      double minScore,
      int top) {
    Map<String, String> left = new LinkedHashMap<>(overrides);
    List<String> known = new ArrayList<>();
    for (Record r : defaults()) {
      @SuppressWarnings("unchecked")
      Class<? extends Record> type = (Class<? extends Record>) r.getClass();
      known.addAll(TunableOverrides.names(type));
    }
    for (String name : left.keySet()) {
      if (!known.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "unknown tunable '" + name + "' (run 'cronhound tunables' for the list)");
      }
    }
    return new HuntSettings(
        inputs,
        format,
        sinceMicros,
        untilMicros,
        TunableOverrides.apply(RhythmTunables.DEFAULTS, left),
        TunableOverrides.apply(ChannelTunables.DEFAULTS, left),
        TunableOverrides.apply(BeaconTunables.DEFAULTS, left),
        TunableOverrides.apply(CorrelationTunables.DEFAULTS, left),
        TunableOverrides.apply(TransferTunables.DEFAULTS, left),
        allowlist,
        baseline,
        minScore,
        top,
        Passwd.NONE,
        0,
        TunableOverrides.apply(KnownServiceTunables.DEFAULTS, left),
        KnownServiceFiles.shipped());
  }
}
