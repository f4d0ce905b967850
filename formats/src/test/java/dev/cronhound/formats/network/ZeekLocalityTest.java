package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Flow;
import dev.cronhound.formats.ReadCapture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Zeek's {@code local_orig}/{@code local_resp} reach the flow: T/F/- in TSV, true/false in JSON. */
class ZeekLocalityTest {

  private static final String TSV_HEAD =
      "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
          + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\t"
          + "orig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\n"
          + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\t"
          + "string\tbool\tbool\tcount\tstring\n";

  private static ReadCapture tsv(String lines) {
    return ReadCapture.tsv("conn.log", null, (TSV_HEAD + lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tsvTrueFalseAndUnsetBecomeTrueFalseAndNull() {
    ReadCapture c =
        tsv("1709251200.000000\tC1\t128.2.4.9\t49152\t203.0.113.7\t443\ttcp\tssl\t1.5\t480\t1520\tSF\tT\tF\t0\tShADadFf\n"
            + "1709251201.000000\tC2\t203.0.113.7\t51000\t128.2.4.9\t22\ttcp\t-\t-\t-\t-\tS0\tF\tT\t0\tS\n"
            + "1709251202.000000\tC3\t128.2.4.9\t5353\t224.0.0.251\t5353\tudp\tdns\t-\t-\t-\tS0\t-\t-\t0\tD\n");

    assertThat(c.report().malformedCount()).isZero();
    Flow out = (Flow) c.events().get(0);
    Flow in = (Flow) c.events().get(1);
    Flow unset = (Flow) c.events().get(2);
    assertThat(out.localOrig()).isTrue();
    assertThat(out.localResp()).isFalse();
    assertThat(in.localOrig()).isFalse();
    assertThat(in.localResp()).isTrue();
    assertThat(unset.localOrig()).isNull();
    assertThat(unset.localResp()).isNull();
  }

  @Test
  void aLogWithoutTheColumnsLeavesThemNull() {
    String head =
        "#separator \\x09\n#unset_field\t-\n#path\tconn\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\n";
    ReadCapture c =
        ReadCapture.tsv("conn.log", null, (head + "1.0\tC1\t10.0.0.1\t1\t10.0.0.2\t2\n").getBytes(StandardCharsets.UTF_8));
    Flow f = (Flow) c.events().get(0);
    assertThat(f.localOrig()).isNull();
    assertThat(f.localResp()).isNull();
  }

  @Test
  void aBadBoolIsReportedWithItsLineAndTheRecordSkipped() {
    ReadCapture c =
        tsv("1709251200.000000\tC1\t128.2.4.9\t49152\t203.0.113.7\t443\ttcp\tssl\t1.5\t480\t1520\tSF\tyes\tF\t0\tShADadFf\n");
    assertThat(c.events()).isEmpty();
    assertThat(c.problems()).containsExactly("conn.log:8: bad local_orig \"yes\" (expected T or F)");
  }

  @Test
  void jsonBooleansAndTheirTsvSpellingAsStrings() {
    String json =
        "{\"_path\":\"conn\",\"ts\":1709251200.0,\"uid\":\"C1\",\"id.orig_h\":\"128.2.4.9\",\"id.orig_p\":49152,"
            + "\"id.resp_h\":\"203.0.113.7\",\"id.resp_p\":443,\"proto\":\"tcp\",\"conn_state\":\"SF\","
            + "\"local_orig\":true,\"local_resp\":false}\n"
            + "{\"_path\":\"conn\",\"ts\":1709251201.0,\"uid\":\"C2\",\"id.orig_h\":\"203.0.113.7\",\"id.orig_p\":1,"
            + "\"id.resp_h\":\"128.2.4.9\",\"id.resp_p\":22,\"local_orig\":\"F\",\"local_resp\":\"T\"}\n"
            + "{\"_path\":\"conn\",\"ts\":1709251202.0,\"uid\":\"C3\",\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":1,"
            + "\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":22,\"local_orig\":1}\n";
    ReadCapture c = ReadCapture.json("conn.log", null, json.getBytes(StandardCharsets.UTF_8));
    assertThat(c.events()).hasSize(2);
    Flow a = (Flow) c.events().get(0);
    Flow b = (Flow) c.events().get(1);
    assertThat(a.localOrig()).isTrue();
    assertThat(a.localResp()).isFalse();
    assertThat(b.localOrig()).isFalse();
    assertThat(b.localResp()).isTrue();
    assertThat(c.problems()).containsExactly("conn.log:3: bad local_orig: expected a boolean, got a number");
  }
}
