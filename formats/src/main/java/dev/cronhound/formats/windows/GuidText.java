package dev.cronhound.formats.windows;

/**
 * Brings a GUID written as text to the form {@link WindowsRecord} fixes for GUID values, {@code
 * {8-4-4-4-12}} upper-case in braces, so event XML and JSON agree with EVTX (whose GUIDs are typed
 * and rendered that way). Windows' own XML and NXLog write Sysmon GUIDs in lower case ({@code
 * {42f11c3b-ccaa-5c8f-0000-0010b4e22700}}) and the evtx crate without braces. Only a value that is
 * exactly one GUID, braced or bare, is changed; a string-typed field holding exactly a GUID is
 * changed too (the text forms do not say which fields are typed).
 */
final class GuidText {

  private GuidText() {}

  static String normalize(String v) {
    int n = v.length();
    int start;
    if (n == 38 && v.charAt(0) == '{' && v.charAt(37) == '}') {
      start = 1;
    } else if (n == 36) {
      start = 0;
    } else {
      return v;
    }
    boolean upper = true;
    for (int i = 0; i < 36; i++) {
      char c = v.charAt(start + i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return v;
        }
      } else if (c >= 'a' && c <= 'f') {
        upper = false;
      } else if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
        return v;
      }
    }
    if (upper && start == 1) {
      return v;
    }
    StringBuilder sb = new StringBuilder(38).append('{');
    for (int i = 0; i < 36; i++) {
      sb.append(Character.toUpperCase(v.charAt(start + i)));
    }
    return sb.append('}').toString();
  }
}
