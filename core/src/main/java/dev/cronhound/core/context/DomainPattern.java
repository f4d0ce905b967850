package dev.cronhound.core.context;

import java.util.List;
import java.util.Locale;

/**
 * A domain suffix matched on label boundaries: {@code microsoft.com} matches {@code microsoft.com}
 * and every name under it ({@code a.b.microsoft.com}), never {@code evil-microsoft.com} nor {@code
 * microsoft.com.evil.net}. A {@code *} inside a label matches any characters of that one label
 * ({@code crl*.digicert.com} matches {@code crl3.digicert.com}; {@code *.apple.com} matches names
 * under apple.com, not apple.com itself). The last two labels are literal. Case-insensitive; a
 * trailing dot is ignored.
 *
 * @param labels the pattern's labels, lower-case, left to right
 */
public record DomainPattern(List<String> labels) {

  public DomainPattern {
    labels = List.copyOf(labels);
  }

  /** Parses a pattern; throws {@link IllegalArgumentException} saying what is wrong with it. */
  public static DomainPattern parse(String text) {
    String t = normalise(text);
    if (t == null) {
      throw new IllegalArgumentException("empty domain pattern");
    }
    List<String> labels = List.of(t.split("\\.", -1));
    if (labels.size() < 2) {
      throw new IllegalArgumentException("domain pattern '" + text.trim() + "' has one label: it would match a whole top-level domain");
    }
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i);
      if (!l.matches("[a-z0-9_*-]+")) {
        throw new IllegalArgumentException("domain pattern '" + text.trim() + "' has an empty or bad label '" + l + "'");
      }
      if (i >= labels.size() - 2 && l.indexOf('*') >= 0) {
        throw new IllegalArgumentException("domain pattern '" + text.trim() + "': a * is allowed only left of the last two labels");
      }
    }
    return new DomainPattern(labels);
  }

  /** Lower-case, trimmed, one trailing dot dropped; null when nothing is left. */
  public static String normalise(String name) {
    if (name == null) {
      return null;
    }
    String t = name.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? null : t;
  }

  /** Whether {@code nameLabels} (a normalised name split on dots) is this suffix or under it. */
  public boolean matches(String[] nameLabels) {
    int n = nameLabels.length;
    int p = labels.size();
    if (n < p) {
      return false;
    }
    for (int i = 1; i <= p; i++) {
      if (!label(labels.get(p - i), nameLabels[n - i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a domain name matches; see {@link #matches(String[])}. */
  public boolean matches(String name) {
    String n = normalise(name);
    return n != null && matches(n.split("\\.", -1));
  }

  @Override
  public String toString() {
    return String.join(".", labels);
  }

  /** One label against one pattern label, {@code *} matching any run of characters. */
  static boolean label(String pattern, String label) {
    int star = pattern.indexOf('*');
    if (star < 0) {
      return pattern.equals(label);
    }
    String head = pattern.substring(0, star);
    String rest = pattern.substring(star + 1);
    if (!label.startsWith(head)) {
      return false;
    }
    String tail = label.substring(head.length());
    if (rest.isEmpty()) {
      return !label.isEmpty();
    }
    for (int i = 0; i <= tail.length(); i++) {
      if (label(rest, tail.substring(i))) {
        return true;
      }
    }
    return false;
  }
}
