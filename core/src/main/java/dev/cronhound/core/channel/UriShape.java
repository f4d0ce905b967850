package dev.cronhound.core.channel;

/**
 * The shape of an HTTP request target: what stays when a beacon's rotating parts are blanked, so a
 * C2 that polls {@code /api/v2/tasks/8f3a91c2e0?id=4711} and later {@code
 * /api/v2/tasks/77b0c1d2aa?id=4712} is recognised as one habit ({@code
 * /api/v2/tasks/{hex}?id={v}}). Per path segment: all digits become {@code {n}}; a UUID {@code
 * {uuid}}; eight or more hex digits with at least one digit {@code {hex}}; sixteen or more
 * base64/url-safe characters mixing letters and digits {@code {b64}}; other segments stay. Query
 * parameter names stay, their values become {@code {v}}; a fragment is dropped.
 */
final class UriShape {

  private UriShape() {}

  /** The shape of {@code uri}, or null for null or empty. An absolute URI keeps only its path. */
  static String of(String uri) {
    if (uri == null || uri.isEmpty()) {
      return null;
    }
    String u = uri;
    int scheme = u.indexOf("://");
    if (scheme > 0 && scheme < 10) {
      int path = u.indexOf('/', scheme + 3);
      u = path < 0 ? "/" : u.substring(path);
    }
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    int q = u.indexOf('?');
    String path = q < 0 ? u : u.substring(0, q);
    StringBuilder b = new StringBuilder(u.length());
    int from = 0;
    while (from <= path.length()) {
      int slash = path.indexOf('/', from);
      int end = slash < 0 ? path.length() : slash;
      b.append(segment(path.substring(from, end)));
      if (slash < 0) {
        break;
      }
      b.append('/');
      from = slash + 1;
    }
    if (q >= 0) {
      b.append('?');
      String[] params = u.substring(q + 1).split("&", -1);
      for (int i = 0; i < params.length; i++) {
        int eq = params[i].indexOf('=');
        b.append(i == 0 ? "" : "&").append(eq < 0 ? params[i] : params[i].substring(0, eq) + "={v}");
      }
    }
    return b.toString();
  }

  private static String segment(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int digits = 0;
    int hex = 0;
    int letters = 0;
    int b64 = 0;
    int dashes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        hex++;
        b64++;
      } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
        hex++;
        letters++;
        b64++;
      } else if ((c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z')) {
        letters++;
        b64++;
      } else if (c == '-') {
        dashes++;
        b64++;
      } else if (c == '_' || c == '+' || c == '=' || c == '%') {
        b64++;
      }
    }
    int n = s.length();
    if (digits == n) {
      return "{n}";
    }
    if (n == 36 && dashes == 4 && hex == 32) {
      return "{uuid}";
    }
    if (hex == n && n >= 8 && digits > 0) {
      return "{hex}";
    }
    if (b64 == n && n >= 16 && digits > 0 && letters > 0) {
      return "{b64}";
    }
    return s;
  }
}
