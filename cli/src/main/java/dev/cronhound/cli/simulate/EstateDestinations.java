package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every external name the Windows estate talks to: the browsed sites and third-party hosts of the
 * network simulator's {@link Catalog}, the vendor services (Windows Update, Defender, Google
 * Update, Microsoft 365), the partner backup service, the planted destinations (on documentation
 * addresses) and what the Zeek-only devices use. Indexes continue the catalog's, so one {@link
 * DnsCache} covers them all.
 */
final class EstateDestinations {
  static final String BACKUP_NAME = "backup.corp-partner.example";
  static final String BACKUP_IP = "198.51.100.20";
  static final String CACHE_SYNC_NAME = "sync.cachecdn-updates.net";
  static final String CACHE_SYNC_IP = "203.0.113.45";
  static final String DROPZONE_NAME = "files.dropzone-share.example";
  static final String DROPZONE_IP = "198.51.100.77";
  static final String BEACON_IP = "192.0.2.88";
  static final int BEACON_PORT = 8443;

  private final Catalog catalog;
  private final List<Destination> all;
  private final PublicAddresses addresses;

  final Destination googleUpdate;
  final Destination updateFrontEnd;
  final Destination updateSls;
  final Destination updateCtl;
  final Destination updateDownload;
  final Destination defenderDefinitions;
  final Destination outlook;
  final Destination teams;
  final Destination backup;
  final Destination cacheSync;
  final Destination dropzone;
  final Destination debian;
  final Destination debianSecurity;
  final Destination github;
  final Destination debianNtp;
  final Destination printerCloud;
  final Destination windowsTime;

  EstateDestinations(SplittableRandom random) {
    addresses = new PublicAddresses(random.split());
    catalog = new Catalog(random.split(), addresses);
    all = new ArrayList<>(catalog.all());
    googleUpdate = add("update.googleapis.com", 2, 443, 300);
    updateFrontEnd = add("fe3cr.delivery.mp.microsoft.com", 3, 443, 60);
    updateSls = add("slscr.update.microsoft.com", 2, 443, 120);
    updateCtl = add("ctldl.windowsupdate.com", 2, 80, 300);
    updateDownload = add("download.windowsupdate.com", 3, 80, 300);
    defenderDefinitions = add("definitionupdates.microsoft.com", 2, 443, 120);
    outlook = add("outlook.office365.com", 3, 443, 30);
    teams = add("teams.microsoft.com", 2, 443, 60);
    backup = add(BACKUP_NAME, List.of(BACKUP_IP), 443, 300);
    cacheSync = add(CACHE_SYNC_NAME, List.of(CACHE_SYNC_IP), 443, 300);
    dropzone = add(DROPZONE_NAME, List.of(DROPZONE_IP), 443, 300);
    debian = add("deb.debian.org", 2, 80, 300);
    debianSecurity = add("security.debian.org", 2, 80, 300);
    github = add("api.github.com", 1, 443, 60);
    debianNtp = add("2.debian.pool.ntp.org", 3, 123, 150);
    printerCloud = add("fw.printer-vendor.example", 1, 443, 3600);
    windowsTime = add("time.windows.com", 1, 123, 3600);
  }

  private Destination add(String name, int count, int port, int ttl) {
    return add(name, addresses.next(count), port, ttl);
  }

  private Destination add(String name, List<String> ips, int port, int ttl) {
    Destination d = new Destination(all.size(), name, ips, port, null, ttl);
    all.add(d);
    return d;
  }

  int count() {
    return all.size();
  }

  /** The 32 browsed sites in popularity order. */
  List<Destination> sites() {
    return catalog.sites();
  }

  /** CDNs, fonts, analytics embedded in pages. */
  List<Destination> thirdParty() {
    return catalog.thirdParty();
  }

  /** Zeek's service for a TCP port: {@code ssl} on 443/8443, {@code http} on 80. */
  static byte[] service(int port) {
    return switch (port) {
      case 80 -> ConnRecord.SERVICE_HTTP;
      case 443, 8443 -> ConnRecord.SERVICE_SSL;
      default -> null;
    };
  }
}
