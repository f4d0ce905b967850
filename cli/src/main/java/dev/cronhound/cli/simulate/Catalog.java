package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every external name the simulated hosts talk to, grouped by the traffic that uses it. Each name
 * gets 1-3 public addresses (planted channels exactly one), a DNS TTL and a TLS profile, all drawn
 * from the seed in a fixed order.
 */
final class Catalog {
  /** Popular sites in Zipf rank order; {@code http:} marks plain-HTTP sites. */
  private static final String[] SITES = {
    "search.findit.example",
    "video.streamly.example",
    "social.friendspace.example",
    "news.daily-herald.example",
    "mail.webmail-portal.example",
    "shop.megamart.example",
    "wiki.openknow.example",
    "code.repohub.example",
    "docs.officesuite.example",
    "maps.wayfinder.example",
    "http:weather-local.example",
    "forum.askstack.example",
    "music.tunebox.example",
    "translate.polyglot.example",
    "bank.firstcity-bank.example",
    "sports.scoreline.example",
    "finance.tickerwatch.example",
    "http:old.citynews.example",
    "images.pixshare.example",
    "jobs.careerlink.example",
    "travel.tripfare.example",
    "tech.gadgetreview.example",
    "learn.courseware.example",
    "recipes.cookpot.example",
    "blog.thinkpieces.example",
    "dev.packagehub.example",
    "cloud.filebox.example",
    "http:downloads.freeware-archive.example",
    "status.uptimeboard.example",
    "events.ticketnow.example",
    "health.wellinfo.example",
    "podcasts.audiocast.example"
  };

  /** Third-party hosts embedded in many pages (CDNs, fonts, analytics, ads). */
  private static final String[] THIRD_PARTY = {
    "static.cdn-edge.example", "fonts.typecdn.example", "metrics.adnet.example",
    "img.cdn-edge.example", "api.analytics-hub.example", "tags.tagmanager.example",
    "ads.adnet.example", "consent.cookiebanner.example"
  };

  private static final String[] SAAS = {
    "chat.teamchat.example",
    "mail.saasmail.example",
    "calendar.saasmail.example",
    "files.docshare.example"
  };

  static final String C2_NAME = "cdn-telemetry.example-c2.net";
  static final String EXFIL_NAME = "files.dropbox-sync.example";
  static final String WEEKLY_NAME = "sync.weekly-archive.example";
  static final String BACKUP_NAME = "backup.corp-partner.example";

  private final SplittableRandom random;
  private final PublicAddresses addresses;
  private final List<Destination> all = new ArrayList<>();
  private final List<Destination> sites;
  private final List<Destination> thirdParty;
  private final List<Destination> saas;
  private final Destination osUpdate;
  private final Destination browserUpdate;
  private final Destination avSignatures;
  private final Destination ntpPool;
  private final Destination c2;
  private final Destination exfil;
  private final Destination weeklyArchive;
  private final Destination backup;

  Catalog(SplittableRandom random, PublicAddresses addresses) {
    this.random = random;
    this.addresses = addresses;
    List<Destination> s = new ArrayList<>();
    for (String name : SITES) {
      s.add(
          name.startsWith("http:")
              ? add(name.substring(5), 1 + random.nextInt(3), 80, false, 60 + random.nextInt(241))
              : add(name, 1 + random.nextInt(3), 443, true, 60 + random.nextInt(241)));
    }
    sites = Collections.unmodifiableList(s);
    thirdParty = group(THIRD_PARTY, 60);
    saas = group(SAAS, 120);
    osUpdate = add("update.vendor-os.example", 2, 80, false, 300);
    browserUpdate = add("update.browser-vendor.example", 2, 443, true, 300);
    avSignatures = add("defs.av-vendor.example", 3, 443, true, 120);
    ntpPool = add("pool.ntp.example", 3, 123, false, 1800);
    c2 = add(C2_NAME, 1, 443, true, 60);
    exfil = add(EXFIL_NAME, 1, 80, false, 300);
    weeklyArchive = add(WEEKLY_NAME, 1, 443, true, 300);
    backup = add(BACKUP_NAME, 1, 443, true, 300);
  }

  private List<Destination> group(String[] names, int baseTtl) {
    List<Destination> out = new ArrayList<>(names.length);
    for (String name : names) {
      out.add(add(name, 1 + random.nextInt(3), 443, true, baseTtl + random.nextInt(241)));
    }
    return Collections.unmodifiableList(out);
  }

  private Destination add(String name, int addressCount, int port, boolean tls, int ttl) {
    Destination d =
        new Destination(
            all.size(),
            name,
            addresses.next(addressCount),
            port,
            tls ? TlsProfile.draw(random) : null,
            ttl);
    all.add(d);
    return d;
  }

  List<Destination> all() {
    return Collections.unmodifiableList(all);
  }

  /** The 32 browsed sites in popularity order (a few are plain HTTP on port 80). */
  List<Destination> sites() {
    return sites;
  }

  List<Destination> thirdParty() {
    return thirdParty;
  }

  List<Destination> saas() {
    return saas;
  }

  Destination osUpdate() {
    return osUpdate;
  }

  Destination browserUpdate() {
    return browserUpdate;
  }

  Destination avSignatures() {
    return avSignatures;
  }

  Destination ntpPool() {
    return ntpPool;
  }

  Destination c2() {
    return c2;
  }

  Destination exfil() {
    return exfil;
  }

  Destination weeklyArchive() {
    return weeklyArchive;
  }

  Destination backup() {
    return backup;
  }
}
