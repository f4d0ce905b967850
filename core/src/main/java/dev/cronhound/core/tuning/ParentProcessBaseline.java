package dev.cronhound.core.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code ParentProcessBaseline}: job runners and scripts known to schedule legitimate transfers
 * here. An entry is a task path ({@code \Corp\NightlyBackup}), an image name ({@code
 * backupagent.exe}) or a parent and child pair ({@code svchost.exe>backupagent.exe}); {@code *}
 * matches any run of characters. Matching is case-insensitive. A channel whose job, image or
 * parent/child pair matches an entry is not reported.
 */
public final class ParentProcessBaseline {

  private final List<String> entries = new ArrayList<>();
  private final List<Pattern> patterns = new ArrayList<>();

  public static ParentProcessBaseline empty() {
    return new ParentProcessBaseline(List.of());
  }

  /** Entries without a place (flags, tests); lines starting with {@code #} are skipped. */
  public ParentProcessBaseline(List<String> entries) {
    this(EntryLine.of(null, entries.stream().filter(e -> !e.strip().startsWith("#")).toList()), true);
  }

  /**
   * Entries with their place (a file and line, a site-file key).
   *
   * @throws IllegalArgumentException listing every bad entry, one per line, each as {@code
   *     file:line: ParentProcessBaseline entry 'x' ...}
   */
  public static ParentProcessBaseline of(List<EntryLine> entries) {
    return new ParentProcessBaseline(entries, true);
  }

  private ParentProcessBaseline(List<EntryLine> lines, boolean placed) {
    BadEntries bad = new BadEntries("ParentProcessBaseline");
    for (EntryLine line : lines) {
      String e = line.text().strip().toLowerCase(Locale.ROOT);
      if (e.isEmpty()) {
        continue;
      }
      String problem = problem(e);
      if (problem != null) {
        bad.add(line, problem);
        continue;
      }
      this.entries.add(e);
      StringBuilder re = new StringBuilder();
      for (String part : e.split("\\*", -1)) {
        if (re.length() > 0) {
          re.append(".*");
        }
        re.append(Pattern.quote(part));
      }
      patterns.add(Pattern.compile(re.toString()));
    }
    bad.throwIfAny();
  }

  /**
   * What is wrong with one entry, completing "entry 'x' ...", or null when it is a task path, an
   * image name or a parent>child pair of image names.
   */
  public static String problem(String entry) {
    String e = entry.strip();
    if (e.isEmpty()) {
      return "is empty";
    }
    if (e.replace("*", "").isBlank()) {
      return "would baseline every channel";
    }
    int gt = e.indexOf('>');
    if (gt >= 0) {
      if (e.indexOf('>', gt + 1) >= 0) {
        return "has more than one '>': a pair is parent>child";
      }
      String parent = e.substring(0, gt).strip();
      String child = e.substring(gt + 1).strip();
      if (parent.isEmpty() || child.isEmpty()) {
        return "needs an image on both sides of '>' (svchost.exe>backupagent.exe)";
      }
      for (String side : List.of(parent, child)) {
        int cut = Math.max(side.lastIndexOf('\\'), side.lastIndexOf('/'));
        if (cut >= 0) {
          return "names a path: parent>child are image file names (" + side.substring(cut + 1) + ")";
        }
      }
    }
    return null;
  }

  /**
   * The entry that baselines a channel started by task {@code job} (or null), whose connecting
   * process is {@code image} (a file name) and whose parent is {@code parentImage} (a file name, or
   * null); null when none does.
   */
  public String match(String job, String image, String parentImage) {
    for (int i = 0; i < patterns.size(); i++) {
      Pattern p = patterns.get(i);
      String e = entries.get(i);
      boolean hit;
      if (e.contains(">")) {
        hit = image != null && parentImage != null
            && p.matcher((parentImage + ">" + image).toLowerCase(Locale.ROOT)).matches();
      } else if (e.startsWith("\\")) {
        hit = job != null && p.matcher(job.toLowerCase(Locale.ROOT)).matches();
      } else {
        hit = image != null && p.matcher(image.toLowerCase(Locale.ROOT)).matches();
      }
      if (hit) {
        return e;
      }
    }
    return null;
  }

  public List<String> entries() {
    return List.copyOf(entries);
  }
}
