package dev.cronhound.formats.year;

import java.time.Clock;

/**
 * Where the year of a year-less stamp comes from, strongest first:
 *
 * <ol>
 *   <li>the year the user gave ({@code --year}), when not 0;
 *   <li>the dated records of the same host read in the same run ({@link DatedRecords}: audit,
 *       journald, Windows events): the year that puts the stamp inside that host's window, or
 *       nearest it; the host is the line's host field, else the file's directory host;
 *   <li>the dated records of the whole run (Zeek, other hosts), the same way;
 *   <li>the file's modification time: the latest year that does not put the stamp more than a day
 *       after it;
 *   <li>the clock, the same way, and the run warns that it did.
 * </ol>
 *
 * With none of them (no clock given), stamps are reported, not guessed.
 *
 * @param year the year given, or 0
 * @param records the dated records read so far
 * @param clock the run's clock, or null for none
 */
public record YearEvidence(int year, DatedRecords records, Clock clock) {

  /** No year given, no records, no clock: only a file's modification time can say. */
  public static YearEvidence fileTimesOnly() {
    return new YearEvidence(0, new DatedRecords(), null);
  }

  /**
   * The anchor for one file (or the oldest of a chain of rotated files) named {@code file}, kept
   * in the directory of host {@code directoryHost} (or null), last modified at {@code
   * modifiedMicros} (0 when unknown: stdin).
   */
  public YearAnchor forFile(String file, String directoryHost, long modifiedMicros) {
    return (stamp, host) -> {
      if (year != 0) {
        return new AnchoredYear(year, "given (--year)", false);
      }
      for (String h : new String[] {host, directoryHost}) {
        DatedRecords.Window w = records.host(h);
        if (w != null) {
          return new AnchoredYear(
              YearRules.nearest(stamp, w.minMicros(), w.maxMicros()), "from " + w.sources() + " records of " + h, false);
        }
      }
      DatedRecords.Window run = records.run();
      if (run != null) {
        String who = host != null ? host : directoryHost;
        return new AnchoredYear(
            YearRules.nearest(stamp, run.minMicros(), run.maxMicros()),
            "from the run's " + run.sources() + " records" + (who == null ? "" : " (none of " + who + ")"),
            false);
      }
      if (modifiedMicros > 0) {
        int y = YearRules.latestNotAfter(stamp, modifiedMicros);
        if (y != 0) {
          return new AnchoredYear(y, "from the file's modification time (" + YearRules.day(modifiedMicros) + ")", false);
        }
      }
      if (clock != null) {
        long now = clock.instant().toEpochMilli() * 1000L;
        int y = YearRules.latestNotAfter(stamp, now);
        if (y != 0) {
          return new AnchoredYear(y, "from the clock (" + YearRules.day(now) + ")", true);
        }
      }
      return null;
    };
  }
}
