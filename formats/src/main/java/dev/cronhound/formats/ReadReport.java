package dev.cronhound.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run read: files, records per format, and malformed input. Keeps every count and the first
 * {@link #MAX_SAMPLES} problems verbatim, so a report can say {@code file:line: reason} without
 * holding every bad line in memory. Not thread-safe: one per reading thread, then {@link #merge}.
 */
public final class ReadReport {

  /** How many problems are kept verbatim; the rest are only counted. */
  public static final int MAX_SAMPLES = 20;

  /** How many year notes are kept (one per syslog file); the rest are only counted. */
  public static final int MAX_YEAR_NOTES = 100;

  /** One malformed record or unreadable stretch of input. */
  public record Problem(String file, long line, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + reason;
    }
  }

  private final List<String> files = new ArrayList<>();
  private final Map<String, Long> recordsByFormat = new TreeMap<>();
  private final List<Problem> samples = new ArrayList<>();
  private final List<Problem> skippedFiles = new ArrayList<>();
  private final List<Problem> yearNotes = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long yearNoteCount;
  private long warningCount;
  private long skippedFileCount;
  private long malformed;
  private long bytes;

  public void fileOpened(String file) {
    files.add(file);
  }

  /** Counts one good record of {@code format} (a {@link InputFormat#id()} plus log kind). */
  public void record(String format) {
    recordsByFormat.merge(format, 1L, Long::sum);
  }

  /** Counts {@code n} good records of {@code format} at once (for hot loops). */
  public void records(String format, long n) {
    if (n > 0) {
      recordsByFormat.merge(format, n, Long::sum);
    }
  }

  public void malformed(String file, long line, String reason) {
    malformed++;
    if (samples.size() < MAX_SAMPLES) {
      samples.add(new Problem(file, line, reason));
    }
  }

  /**
   * A file met while walking a directory that is not a log cronhound reads (a README, a licence, a
   * JSON document): listed, not counted as malformed input.
   */
  public void skippedFile(String file, String reason) {
    skippedFileCount++;
    if (skippedFiles.size() < MAX_SAMPLES) {
      skippedFiles.add(new Problem(file, 0, reason));
    }
  }

  public long skippedFileCount() {
    return skippedFileCount;
  }

  public List<Problem> skippedFileSamples() {
    return Collections.unmodifiableList(skippedFiles);
  }

  /**
   * Where the year of a file's year-less stamps came from ({@code year 2026 from audit records of
   * web01}); the first {@link #MAX_YEAR_NOTES} are kept.
   */
  public void yearNote(String file, String note) {
    yearNoteCount++;
    if (yearNotes.size() < MAX_YEAR_NOTES) {
      yearNotes.add(new Problem(file, 0, note));
    }
  }

  /** Year notes kept, as {@code file} and the note in {@code reason}. */
  public List<Problem> yearNotes() {
    return Collections.unmodifiableList(yearNotes);
  }

  public long yearNoteCount() {
    return yearNoteCount;
  }

  /** Something a person must know about how the input was read (a year taken from the clock). */
  public void warning(String text) {
    warningCount++;
    if (warnings.size() < MAX_SAMPLES) {
      warnings.add(text);
    }
  }

  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  public long warningCount() {
    return warningCount;
  }

  public void bytesRead(long n) {
    bytes += n;
  }

  public List<String> files() {
    return Collections.unmodifiableList(files);
  }

  public Map<String, Long> recordsByFormat() {
    return Collections.unmodifiableMap(recordsByFormat);
  }

  public long totalRecords() {
    return recordsByFormat.values().stream().mapToLong(Long::longValue).sum();
  }

  public long malformedCount() {
    return malformed;
  }

  public List<Problem> problemSamples() {
    return Collections.unmodifiableList(samples);
  }

  public long bytes() {
    return bytes;
  }

  public void merge(ReadReport other) {
    files.addAll(other.files);
    other.recordsByFormat.forEach((k, v) -> recordsByFormat.merge(k, v, Long::sum));
    addCapped(samples, other.samples, MAX_SAMPLES);
    malformed += other.malformed;
    addCapped(skippedFiles, other.skippedFiles, MAX_SAMPLES);
    skippedFileCount += other.skippedFileCount;
    addCapped(yearNotes, other.yearNotes, MAX_YEAR_NOTES);
    yearNoteCount += other.yearNoteCount;
    addCapped(warnings, other.warnings, MAX_SAMPLES);
    warningCount += other.warningCount;
    bytes += other.bytes;
  }

  private static <T> void addCapped(List<T> to, List<T> from, int cap) {
    for (T t : from) {
      if (to.size() >= cap) {
        return;
      }
      to.add(t);
    }
  }
}
