package dev.cronhound.cli.config;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.tuning.EntryLine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a site file ({@code cronhound.yaml}, docs/site-file.md) says, read and validated by {@link
 * SiteFileReader}. Lists add to the command line's; a tunable given with {@code --tune} wins over
 * the file's.
 *
 * @param internal networks added to the local ones ({@code internal:}; {@code hunt --internal})
 * @param notInternal networks taken out of the local ones ({@code not_internal:}; {@code hunt
 *     --not-internal})
 * @param directions the directions analysed ({@code directions:})
 * @param allowlist {@code DestIPAllowlist} entries: inline ones placed by the site file's line, then
 *     those of each {@code allowlist.files} file placed by its own file and line
 * @param allowlistFiles the allowlist files named, resolved against the site file's folder
 * @param baseline {@code ParentProcessBaseline} entries, placed the same way
 * @param baselineFiles the baseline files named, resolved against the site file's folder
 * @param knownServices whether well-known vendor automation lowers scores ({@code known_services:};
 *     {@code hunt --no-known-services} turns it off whatever the file says)
 * @param tunables the tunables the file sets, by their public names ({@code MinEpisodes}), each
 *     value as {@code --tune} takes it
 */
public record SiteFile(
    List<Cidr> internal,
    List<Cidr> notInternal,
    List<Direction> directions,
    List<EntryLine> allowlist,
    List<Path> allowlistFiles,
    List<EntryLine> baseline,
    List<Path> baselineFiles,
    boolean knownServices,
    Map<String, String> tunables) {

  /** Every direction, in the order findings and docs name them. */
  public static final List<Direction> ALL_DIRECTIONS = List.of(Direction.OUTBOUND, Direction.INBOUND, Direction.EAST_WEST);

  /** What an empty site file says: nothing added, every direction, known services on, no tunable set. */
  public static final SiteFile DEFAULTS =
      new SiteFile(List.of(), List.of(), ALL_DIRECTIONS, List.of(), List.of(), List.of(), List.of(), true, Map.of());

  public SiteFile {
    internal = List.copyOf(internal);
    notInternal = List.copyOf(notInternal);
    directions = List.copyOf(directions);
    allowlist = List.copyOf(allowlist);
    allowlistFiles = List.copyOf(allowlistFiles);
    baseline = List.copyOf(baseline);
    baselineFiles = List.copyOf(baselineFiles);
    tunables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tunables));
  }

  /**
   * The file's tunables with {@code flags} ({@code --tune NAME=VALUE}) over them: a flag replaces
   * the file's value of the same tunable whatever the case of its name.
   */
  public Map<String, String> tunablesWith(Map<String, String> flags) {
    Map<String, String> out = new LinkedHashMap<>();
    tunables.forEach((name, value) -> {
      boolean overridden = flags.keySet().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
      if (!overridden) {
        out.put(name, value);
      }
    });
    out.putAll(flags);
    return out;
  }
}
