package dev.cronhound.cli.config;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.tuning.EntryLine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes site files: every key at its default, commented ({@code config --print-defaults}), and what a file sets ({@code config --check}). */
public final class SiteFilePrinter {

  private SiteFilePrinter() {}

  /** A site file with every key and tunable at its default, each with a one-line comment; it reads back as the defaults. */
  public static String defaults() {
    StringBuilder b = new StringBuilder();
    b.append("# cronhound site file (docs/site-file.md): cronhound hunt --config cronhound.yaml, or CRONHOUND_CONFIG=cronhound.yaml.\n");
    b.append("# Every key at its default. On the command line, --tune replaces a tunable set here and list flags\n");
    b.append("# (--allow-dest, --allowlist, --baseline, --baseline-file) add to the lists here.\n");
    b.append("# Delete what you do not change, so that new defaults reach you. Relative file names are read from\n");
    b.append("# this file's folder.\n\n");
    b.append("# Networks added to the local ones (those of the InternalNetworks tunable), as CIDRs: [198.51.100.0/24]\n");
    b.append(SiteFileReader.INTERNAL).append(": []\n");
    b.append("# Networks taken out of the local ones, as CIDRs (an address block that is not yours inside a default range).\n");
    b.append(SiteFileReader.NOT_INTERNAL).append(": []\n");
    b.append("# Directions analysed: outbound (local to external), inbound (external to a local service), east-west (local to local).\n");
    b.append(SiteFileReader.DIRECTIONS).append(": ").append(flow(SiteFile.ALL_DIRECTIONS.stream().map(Direction::id).toList())).append('\n');
    b.append("# DestIPAllowlist: destinations never reported. entries: IPs, CIDRs, domains, *.domain; files: one entry a line, # comments.\n");
    b.append(SiteFileReader.ALLOWLIST).append(":\n  entries: []\n  files: []\n");
    b.append("# ParentProcessBaseline: job runners known to schedule legitimate transfers, never reported. entries: a task path\n");
    b.append("# ('\\Corp\\Backup', single-quoted), an image name (backupagent.exe) or parent>child, * wildcards; files: as allowlist.\n");
    b.append(SiteFileReader.BASELINE).append(":\n  entries: []\n  files: []\n");
    b.append("# Well-known vendor automation (OS update and telemetry, antivirus, time sync) lowers scores, never silences; false turns it off.\n");
    b.append(SiteFileReader.KNOWN_SERVICES).append(": ").append(SiteFile.DEFAULTS.knownServices()).append('\n');
    b.append("# Every tunable by the name 'cronhound tunables' lists, at its default (names are case-insensitive).\n");
    b.append(SiteFileReader.TUNABLES).append(":\n");
    String group = null;
    for (TunableCatalog.Known t : TunableCatalog.all()) {
      if (!t.group().equals(group)) {
        group = t.group();
        b.append("  # ").append(group).append('\n');
      }
      b.append("  # ").append(t.doc()).append('\n');
      b.append("  ").append(t.name()).append(": ").append(scalar(t.type(), t.defaultText())).append('\n');
    }
    return b.toString();
  }

  /** What {@code site} (read from {@code file}) sets, one {@code key: value} line each; the keys left at their defaults are not listed. */
  public static String sets(Path file, SiteFile site) {
    StringBuilder b = new StringBuilder();
    if (!site.internal().isEmpty()) {
      b.append(SiteFileReader.INTERNAL).append(": ").append(cidrs(site.internal())).append('\n');
    }
    if (!site.notInternal().isEmpty()) {
      b.append(SiteFileReader.NOT_INTERNAL).append(": ").append(cidrs(site.notInternal())).append('\n');
    }
    if (!site.directions().equals(SiteFile.ALL_DIRECTIONS)) {
      b.append(SiteFileReader.DIRECTIONS).append(": ").append(site.directions().stream().map(Direction::id).collect(Collectors.joining(", "))).append('\n');
    }
    entries(b, SiteFileReader.ALLOWLIST, site.allowlist());
    entries(b, SiteFileReader.BASELINE, site.baseline());
    if (site.knownServices() != SiteFile.DEFAULTS.knownServices()) {
      b.append(SiteFileReader.KNOWN_SERVICES).append(": ").append(site.knownServices()).append('\n');
    }
    site.tunables().forEach((name, value) -> {
      String def = TunableCatalog.find(name).orElseThrow().defaultText();
      b.append(SiteFileReader.TUNABLES).append('.').append(name).append(": ").append(value)
          .append(value.equals(def) ? " (the default)" : " (default " + def + ")").append('\n');
    });
    return b.length() == 0 ? file + " sets nothing: every setting is at its default\n" : b.toString();
  }

  private static void entries(StringBuilder b, String key, List<EntryLine> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Map<String, Integer> bySource = new LinkedHashMap<>();
    entries.forEach(e -> bySource.merge(e.source(), 1, Integer::sum));
    b.append(key).append(": ").append(entries.size()).append(entries.size() == 1 ? " entry (" : " entries (")
        .append(bySource.entrySet().stream().map(s -> s.getValue() + " from " + s.getKey()).collect(Collectors.joining(", ")))
        .append(")\n");
  }

  private static String cidrs(List<Cidr> cidrs) {
    return cidrs.stream().map(Cidr::text).collect(Collectors.joining(", "));
  }

  private static String flow(List<String> items) {
    return "[" + String.join(", ", items) + "]";
  }

  private static String scalar(Class<?> type, String text) {
    if (type != String.class) {
      return text;
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
