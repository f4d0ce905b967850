package dev.cronhound.formats.year;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Log files rotated from one live file, as logrotate names them: numbered ({@code syslog},
 * {@code syslog.1}, {@code syslog.2.gz}: the higher the number, the older) or dated ({@code
 * dateext}: {@code messages-20260105}, {@code messages-20260105.gz}, older than {@code messages}).
 * Files of one chain share a {@link #chain} key; {@link #OLDEST_FIRST} orders them as they were
 * written, so year-less stamps can continue from one file into the next.
 */
public final class RotatedFiles {

  private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d{1,4})");
  private static final Pattern DATED = Pattern.compile("(.+)[-.](\\d{4}-?\\d{2}-?\\d{2}(?:-?\\d{2,6})?)");

  /** Chains together, by key; within one, dated files by date, then numbered by number down, then the live file. */
  public static final Comparator<String> OLDEST_FIRST =
      Comparator.comparing(RotatedFiles::chain)
          .thenComparingInt(n -> parse(n).kind)
          .thenComparing(n -> parse(n).date)
          .thenComparingLong(n -> -parse(n).number);

  private RotatedFiles() {}

  /** The live file a rotated file came from ({@code web01/syslog} for {@code web01/syslog.2.gz}). */
  public static String chain(String name) {
    return parse(name).base;
  }

  private record Parsed(String base, int kind, String date, long number) {}

  private static Parsed parse(String name) {
    String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    Matcher m = NUMBERED.matcher(n);
    if (m.matches()) {
      return new Parsed(m.group(1), 1, "", Long.parseLong(m.group(2)));
    }
    m = DATED.matcher(n);
    if (m.matches()) {
      return new Parsed(m.group(1), 0, m.group(2).replace("-", ""), 0);
    }
    return new Parsed(n, 2, "", 0);
  }
}
