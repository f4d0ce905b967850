package dev.cronhound.cli;

import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.tuning.TunableOverrides;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cronhound tunables}: every tunable, its default and what it does. */
@Command(name = "tunables", mixinStandardHelpOptions = true, description = "List every tunable with its default (set with hunt --tune NAME=VALUE).")
public final class TunablesCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    for (Record r : HuntSettings.defaults()) {
      System.out.println("# " + r.getClass().getSimpleName());
      for (TunableOverrides.Entry e : TunableOverrides.describe(r)) {
        System.out.printf("%-28s %-12s %s%n", e.name(), e.value().length() > 12 ? "(see doc)" : e.value(), e.doc());
      }
      System.out.println();
    }
    System.out.println("DestIPAllowlist              (empty)      Destinations never reported: IPs, CIDRs, domains, *.domain (hunt --allow-dest, --allowlist FILE).");
    return 0;
  }
}
