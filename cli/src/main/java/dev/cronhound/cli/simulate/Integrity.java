package dev.cronhound.cli.simulate;

/** A process's mandatory integrity level: Sysmon's word and the SID 4688 logs. */
enum Integrity {
  MEDIUM("Medium", "S-1-16-8192", "%%1938"),
  HIGH("High", "S-1-16-12288", "%%1937"),
  SYSTEM("System", "S-1-16-16384", "%%1936");

  private final String word;
  private final String sid;
  private final String elevation;

  Integrity(String word, String sid, String elevation) {
    this.word = word;
    this.sid = sid;
    this.elevation = elevation;
  }

  /** Sysmon's {@code IntegrityLevel}. */
  String word() {
    return word;
  }

  /** 4688's {@code MandatoryLabel}. */
  String sid() {
    return sid;
  }

  /** 4688's {@code TokenElevationType}: full (1936), elevated (1937) or limited (1938). */
  String elevation() {
    return elevation;
  }
}
