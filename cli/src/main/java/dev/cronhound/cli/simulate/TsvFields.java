package dev.cronhound.cli.simulate;

/** Spells record fields as one Zeek ASCII TSV line. */
final class TsvFields implements FieldSink {
  private static final byte TAB = '\t';
  private static final byte COMMA = ',';
  private static final byte[] EMPTY = {'(', 'e', 'm', 'p', 't', 'y', ')'};

  private final AsciiBuffer out;
  private boolean firstField;
  private boolean firstItem;

  TsvFields(AsciiBuffer out) {
    this.out = out;
  }

  @Override
  public void begin(LogKind kind) {
    firstField = true;
  }

  @Override
  public void end() {
    out.put((byte) '\n');
  }

  private void separate() {
    if (firstField) {
      firstField = false;
    } else {
      out.put(TAB);
    }
  }

  @Override
  public void time(long micros) {
    separate();
    out.putMicros(micros, false);
  }

  @Override
  public void id(byte prefix, long high, long low) {
    separate();
    Base62.append(out, prefix, high, low);
  }

  @Override
  public void text(byte[] ascii) {
    separate();
    out.put(ascii);
  }

  @Override
  public void text(String ascii) {
    separate();
    out.putAscii(ascii);
  }

  @Override
  public void count(long value) {
    separate();
    out.putLong(value);
  }

  @Override
  public void interval(long micros) {
    separate();
    out.putMicros(micros, false);
  }

  @Override
  public void bool(boolean value) {
    separate();
    out.put(value ? (byte) 'T' : (byte) 'F');
  }

  @Override
  public void unset() {
    separate();
    out.put((byte) '-');
  }

  @Override
  public void empty() {
    separate();
    out.put(EMPTY);
  }

  @Override
  public void beginList() {
    separate();
    firstItem = true;
  }

  private void separateItem() {
    if (firstItem) {
      firstItem = false;
    } else {
      out.put(COMMA);
    }
  }

  @Override
  public void item(byte[] ascii) {
    separateItem();
    out.put(ascii);
  }

  @Override
  public void itemInterval(long micros) {
    separateItem();
    out.putMicros(micros, false);
  }

  @Override
  public void itemId(byte prefix, long high, long low) {
    separateItem();
    Base62.append(out, prefix, high, low);
  }

  @Override
  public void endList() {}
}
