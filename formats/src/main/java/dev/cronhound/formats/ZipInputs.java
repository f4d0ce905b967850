package dev.cronhound.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Zip archives as folders of inputs (as datasets are published: the OTRF Security-Datasets ship
 * each host export and each sensor's Zeek logs as a {@code .zip}): recognised by the local-file
 * magic {@code PK 03 04}, whatever the name; each file entry, hidden ones and directories left out,
 * is an input named {@code archive.zip/entry} (sorted by entry name), read straight from the
 * archive, gzip inside it decompressed too. Nested archives are not opened.
 */
final class ZipInputs {

  private ZipInputs() {}

  /** Whether {@code path} starts like a zip archive. */
  static boolean isZip(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] b = in.readNBytes(4);
      return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  /** The file entries of {@code path}, by name. */
  static List<String> entries(Path path) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        String n = e.getName();
        String leaf = n.substring(n.lastIndexOf('/') + 1);
        if (!e.isDirectory() && !leaf.isEmpty() && !leaf.startsWith(".") && !n.startsWith("__MACOSX/")) {
          names.add(n);
        }
      }
    }
    Collections.sort(names);
    return names;
  }

  /** Opens entry {@code name} of {@code path}, decompressed; closing the stream closes the archive. */
  static InputStream open(Path path, String name) throws IOException {
    ZipFile zip = new ZipFile(path.toFile());
    try {
      ZipEntry e = zip.getEntry(name);
      if (e == null) {
        throw new IOException("no entry " + name);
      }
      InputStream in = new FilterInputStream(zip.getInputStream(e)) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            zip.close();
          }
        }
      };
      return Decompression.open(in);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }
}
