package dev.cronhound.cli.engine;

import dev.cronhound.core.net.IpLiteral;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One name per endpoint host, whatever each log calls it: names are compared case-insensitively
 * ({@code ACCT01.pandalab.com} in Sysmon, {@code acct01.pandalab.com} in another export), and a
 * bare short name ({@code ACCT01}) is the FQDN whose first label it is when exactly one such FQDN
 * was seen ({@code acct01.a.example} and {@code acct01.b.example} stay two hosts, and a bare
 * {@code acct01} then stays a third). The name shown is the FQDN when one is known, in the spelling
 * that sorts first (upper case before lower: Windows' {@code Computer} field as written). Addresses
 * are names of their own. Built from every name first ({@link #see}), then asked ({@link #of}).
 */
final class HostNames {

  /** Lower-case full names (with a dot) by their lower-case first label. */
  private final Map<String, TreeSet<String>> fullByShort = new HashMap<>();
  /** Every spelling seen, by lower-case name. */
  private final Map<String, TreeSet<String>> spellings = new HashMap<>();

  void see(String name) {
    if (name == null || name.isBlank()) {
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    spellings.computeIfAbsent(lower, k -> new TreeSet<>()).add(name);
    int dot = lower.indexOf('.');
    if (dot > 0 && !IpLiteral.isLiteral(lower)) {
      fullByShort.computeIfAbsent(lower.substring(0, dot), k -> new TreeSet<>()).add(lower);
    }
  }

  /** The one name of the host {@code name} designates; null stays null. */
  String of(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String canonical = lower;
    if (lower.indexOf('.') < 0) {
      TreeSet<String> full = fullByShort.get(lower);
      if (full != null && full.size() == 1) {
        canonical = full.first();
      }
    }
    TreeSet<String> spelt = spellings.get(canonical);
    return spelt == null ? name : spelt.first();
  }
}
