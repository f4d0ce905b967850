package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeekLogKindTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "conn.log, conn",
        "conn.2024-01-01-00-00-00.log.gz, conn",
        "SCRANTON_conn.log, conn",
        "conn.00:00:00-01:00:00.log.gz, conn",
        "logs/2024-01-01/dns.00:00:00-01:00:00.log.gz, dns",
        "x509-known-certs.ssl.log, ssl",
        "javascript.http-uri-sha256.http.json.log, http",
        "smb_mapping.log, smb_mapping",
        "SENSOR_smb_mapping.log, smb_mapping",
        "weird.log, weird",
        "capture.pcap.json, null",
        "notes.txt, null",
      })
  void kindFromFileName(String name, String kind) {
    assertThat(ZeekLogKind.fromFileName(name)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "ts uid conn_state, conn",
        "ts orig_bytes, conn",
        "ts query answers, dns",
        "ts server_name, ssl",
        "ts version cipher, ssl",
        "ts method host, http",
        "ts uri, http",
        "ts name addl, null",
      })
  void kindFromFields(String fields, String kind) {
    assertThat(ZeekLogKind.fromFields(List.of(fields.split(" ")))).isEqualTo(kind);
  }
}
