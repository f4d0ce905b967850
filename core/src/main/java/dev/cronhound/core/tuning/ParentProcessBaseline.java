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

  public ParentProcessBaseline(List<String> entries) {
    for (String raw : entries) {
      String e = raw.trim().toLowerCase(Locale.ROOT);
      if (e.isEmpty() || e.startsWith("#")) {
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
