package dev.cronhound.formats.windows.evtx;

/** BinXML that cannot be walked; ends the record, never the read. Carries no stack trace. */
final class BinXmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BinXmlException(String reason) {
    super(reason, null, false, false);
  }
}
