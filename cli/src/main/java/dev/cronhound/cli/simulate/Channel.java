package dev.cronhound.cli.simulate;

/**
 * A source of traffic: one planted channel, or one kind of background activity across hosts.
 * Channels are asked hour by hour and keep just enough state to continue where they stopped.
 */
interface Channel {
  /**
   * Emits every connection of this channel that starts in {@code [from, to)}. A burst that starts
   * in the interval may emit its trailing connections a little past {@code to}.
   */
  void emit(long from, long to, Traffic traffic);
}
