package dev.cronhound.cli.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one was most likely meant to be: the closest by Damerau-Levenshtein
 * distance (optimal string alignment: an insertion, deletion, substitution or swap of neighbours
 * costs 1), case-insensitive, when it is at most 2 and shorter than the typed name.
 */
final class DidYouMean {

  private static final int MAX_DISTANCE = 2;

  private DidYouMean() {}

  /** The closest of {@code known} to {@code typed}, or empty when none is close enough. */
  static Optional<String> closest(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String t = typed.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(t, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= MAX_DISTANCE && bestDistance < typed.length() ? Optional.of(best) : Optional.empty();
  }

  /** The optimal-string-alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
