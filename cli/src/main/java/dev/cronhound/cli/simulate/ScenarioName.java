package dev.cronhound.cli.simulate;

import java.util.Locale;

/**
 * The shapes of real networks {@code simulate network --scenario NAME} writes (issue 13, item 13):
 * each a small world with its own sensor, local networks, default length and planted channels.
 */
enum ScenarioName {
  INTERNET_FACING_SERVER(3, "a Zeek sensor on a public server: scanners, web clients, one polled controller (inbound)"),
  INTERNET_FACING_SERVER_NOLOCAL(3, "the same server and traffic, the sensor without Site::local_nets (local_orig/local_resp unset)"),
  PUBLIC_CAMPUS(3, "a campus on public addresses, local_orig=T outbound; a planted outbound beacon"),
  LAB_INTERNAL_C2(3, "a lab with C2 and staging in RFC 1918 space: east-west beacon and staging uploads"),
  TWO_HOST_OFFICE(7, "two hosts, both infected for a week, sharing C2 that rotates addresses on 447/449"),
  HTTP_ONLY_SENSOR(3, "a sensor that keeps only http.log; a planted HTTP beacon among browsing"),
  VENDOR_AUTOMATION(3, "antivirus push (MQTT 8883), OS telemetry, Apple time, browser updater; a planted beacon"),
  SCAN(1, "one local host touching thousands of outside addresses at random; two planted beacons"),
  CLOCK_SKEW(2, "a Windows host whose Sysmon clock runs 176 s ahead of the sensor, named in two cases");

  private final int defaultDays;
  private final String summary;

  ScenarioName(int defaultDays, String summary) {
    this.defaultDays = defaultDays;
    this.summary = summary;
  }

  /** The name on the command line: {@code internet-facing-server}, ... */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  int defaultDays() {
    return defaultDays;
  }

  String summary() {
    return summary;
  }

  static ScenarioName of(String id) {
    for (ScenarioName s : values()) {
      if (s.id().equalsIgnoreCase(id.trim())) {
        return s;
      }
    }
    StringBuilder known = new StringBuilder();
    for (ScenarioName s : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(s.id());
    }
    throw new IllegalArgumentException("unknown scenario '" + id + "' (" + known + ")");
  }

  /** The world of this scenario over {@code window}. */
  ScenarioWorld world(long seed, TimeWindow window) {
    return switch (this) {
      case INTERNET_FACING_SERVER -> new InternetFacingServer(this, seed, window, true);
      case INTERNET_FACING_SERVER_NOLOCAL -> new InternetFacingServer(this, seed, window, false);
      case PUBLIC_CAMPUS -> new PublicCampus(this, seed, window);
      case LAB_INTERNAL_C2 -> new LabInternalC2(this, seed, window);
      case TWO_HOST_OFFICE -> new TwoHostOffice(this, seed, window);
      case HTTP_ONLY_SENSOR -> new HttpOnlySensor(this, seed, window);
      case VENDOR_AUTOMATION -> new VendorAutomation(this, seed, window);
      case SCAN -> new ScanningHost(this, seed, window);
      case CLOCK_SKEW -> new ClockSkew(this, seed, window);
    };
  }
}
