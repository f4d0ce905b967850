package dev.cronhound.cli.simulate;

/**
 * Spells record fields as one line of stock Zeek JSON: an object keyed by the field names ({@code
 * id.orig_h} style), {@code ts} as an epoch float, unset fields omitted. Values the simulator
 * produces never contain characters that need escaping (they are generated ASCII names, addresses
 * and tokens); {@link #text(String)} still escapes quotes and backslashes defensively.
 */
final class JsonFields implements FieldSink {
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private final AsciiBuffer out;
  private LogKind kind;
  private int field;
  private boolean anyField;
  private boolean firstItem;

  JsonFields(AsciiBuffer out) {
    this.out = out;
  }

  @Override
  public void begin(LogKind kind) {
    this.kind = kind;
    field = 0;
    anyField = false;
    out.put((byte) '{');
  }

  @Override
  public void end() {
    out.put((byte) '}');
    out.put((byte) '\n');
  }

  private void key() {
    if (anyField) {
      out.put((byte) ',');
    }
    out.put(kind.jsonKey(field++));
    anyField = true;
  }

  @Override
  public void time(long micros) {
    key();
    out.putMicros(micros, true);
  }

  @Override
  public void id(byte prefix, long high, long low) {
    key();
    out.put((byte) '"');
    Base62.append(out, prefix, high, low);
    out.put((byte) '"');
  }

  @Override
  public void text(byte[] ascii) {
    key();
    quoted(ascii);
  }

  @Override
  public void text(String ascii) {
    key();
    out.put((byte) '"');
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c == '"' || c == '\\') {
        out.put((byte) '\\');
      }
      out.put((byte) c);
    }
    out.put((byte) '"');
  }

  private void quoted(byte[] ascii) {
    out.put((byte) '"');
    out.put(ascii);
    out.put((byte) '"');
  }

  @Override
  public void count(long value) {
    key();
    out.putLong(value);
  }

  @Override
  public void interval(long micros) {
    key();
    out.putMicros(micros, true);
  }

  @Override
  public void bool(boolean value) {
    key();
    out.put(value ? TRUE : FALSE);
  }

  @Override
  public void unset() {
    field++;
  }

  @Override
  public void empty() {
    key();
    out.put((byte) '[');
    out.put((byte) ']');
  }

  @Override
  public void beginList() {
    key();
    out.put((byte) '[');
    firstItem = true;
  }

  private void separateItem() {
    if (firstItem) {
      firstItem = false;
    } else {
      out.put((byte) ',');
    }
  }

  @Override
  public void item(byte[] ascii) {
    separateItem();
    quoted(ascii);
  }

  @Override
  public void itemInterval(long micros) {
    separateItem();
    out.putMicros(micros, true);
  }

  @Override
  public void itemId(byte prefix, long high, long low) {
    separateItem();
    out.put((byte) '"');
    Base62.append(out, prefix, high, low);
    out.put((byte) '"');
  }

  @Override
  public void endList() {
    out.put((byte) ']');
  }
}
