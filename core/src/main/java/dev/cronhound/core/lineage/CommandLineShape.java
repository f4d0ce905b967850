package dev.cronhound.core.lineage;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity of a command line across runs: what stays the same each time a scheduled job or
 * an agent starts the same program, with the parts that change run to run collapsed. So {@code
 * powershell.exe -File C:\Users\bob\AppData\Local\Temp\tmp4F2A.ps1 -Run 20261123} and the next
 * day's run have one shape. Rules, in order:
 *
 * <ol>
 *   <li>lower case (Windows paths and switches are case-insensitive), runs of whitespace as one
 *       space, trimmed;
 *   <li>GUIDs (with or without braces) become {@code <guid>};
 *   <li>temporary-file names ({@code tmp4F2A.tmp}, {@code ~DF12AB.TMP}, {@code tmp.AbC123xyz})
 *       become {@code <tmp>};
 *   <li>hex runs of 8 or more characters with both a digit and a letter become {@code <hex>};
 *   <li>remaining runs of 2 or more decimal digits that do not follow a letter become {@code <n>}
 *       (dates, ports, counters, numbered files); digits after a letter ({@code system32}, {@code
 *       rundll32}, {@code python3}), single digits ({@code -v 2}) and IPv4 addresses (a
 *       destination is part of what a job is) stay.
 * </ol>
 *
 * Pure function of its input; null gives null.
 */
public final class CommandLineShape {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern GUID =
      Pattern.compile("\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}?");
  private static final Pattern TEMP =
      Pattern.compile("(?<![a-z0-9])(?:~df[0-9a-f]+\\.tmp|tmp[0-9a-f]{1,8}\\.tmp|tmp\\.[a-z0-9]{6,12})(?![a-z0-9])");
  private static final Pattern HEX =
      Pattern.compile("(?<![a-z0-9])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,}(?![a-z0-9])");
  private static final Pattern NUMBER = Pattern.compile("(?<![a-z0-9])[0-9]{2,}");
  private static final Pattern IPV4 =
      Pattern.compile("(?<![0-9.])[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?![0-9]|\\.[0-9])");

  private CommandLineShape() {}

  /** The shape of {@code commandLine}, or null. */
  public static String of(String commandLine) {
    if (commandLine == null) {
      return null;
    }
    String s = SPACE.matcher(commandLine.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    s = GUID.matcher(s).replaceAll("<guid>");
    s = TEMP.matcher(s).replaceAll("<tmp>");
    s = HEX.matcher(s).replaceAll("<hex>");
    return numbers(s);
  }

  /** Replaces digit runs with {@code <n>}, leaving IPv4 addresses whole. */
  private static String numbers(String s) {
    java.util.regex.Matcher ip = IPV4.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (ip.find()) {
      out.append(NUMBER.matcher(s.substring(from, ip.start())).replaceAll("<n>"));
      out.append(ip.group());
      from = ip.end();
    }
    out.append(NUMBER.matcher(s.substring(from)).replaceAll("<n>"));
    return out.toString();
  }
}
