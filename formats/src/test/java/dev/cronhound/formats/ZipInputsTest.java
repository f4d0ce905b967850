package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zip archive is read as a folder of its entries (the OTRF datasets ship as zips). */
class ZipInputsTest {

  @TempDir Path dir;

  static final String CONN = "#separator \\x09\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\n"
      + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\n"
      + "1692146034.092304\tCmSgBO3ONvC9Iz5vte\t192.168.1.43\t52320\t192.168.1.1\t53\tudp\n"
      + "1692146113.504933\tCx\t192.168.1.43\t51746\t10.0.5.13\t4433\ttcp\n";

  @Test
  void eachEntryIsAnInputNamedUnderTheArchive() throws Exception {
    Path zip = dir.resolve("campaign_02").resolve("zeek_logs.zip");
    Files.createDirectories(zip.getParent());
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("logs/conn.log"));
      z.write(CONN.getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("logs/"));
      z.putNextEntry(new ZipEntry(".hidden"));
      z.write("x".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("README.txt"));
      z.write("not a log".getBytes(StandardCharsets.UTF_8));
    }
    ReadReport report = new ReadReport();
    List<InputFile> files = Inputs.discover(List.of(dir.toString()), null, report, new ByteArrayInputStream(new byte[0]));
    assertThat(files).extracting(InputFile::name).containsExactly(zip + "/logs/conn.log");
    assertThat(files.get(0).logKind()).isEqualTo("conn");
    List<Object> events = new ArrayList<>();
    Inputs.read(files.get(0), events::add, report);
    assertThat(events).hasSize(2);
    assertThat(events.get(1).toString()).contains("srcPort=51746", "dstPort=4433");
  }
}
