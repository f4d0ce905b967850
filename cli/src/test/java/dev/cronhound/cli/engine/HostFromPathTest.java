package dev.cronhound.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostFromPathTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "triage/web01/audit.log, web01",
      "triage/web01/var/log/audit/audit.log, web01",
      "triage/web01/etc/cron.d/backup, web01",
      "triage/web01/crontabs/www-data, web01",
      "/srv/collect/db01/systemd/sys-telemetry.timer, db01",
      "C:\\cases\\WS02\\logs\\Sysmon.evtx, WS02",
      "audit.log, null",
      "-, null",
      "var/log/audit/audit.log, null"})
  void theNearestDirectoryThatIsNotPartOfALogLayoutNamesTheHost(String file, String host) {
    assertThat(HostFromPath.of(file)).isEqualTo(host);
  }
}
