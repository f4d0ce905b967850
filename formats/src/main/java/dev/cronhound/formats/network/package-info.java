/**
 * Readers for network sensor logs. Zeek: {@link dev.cronhound.formats.network.ZeekTsvReader} (the
 * default ASCII format) and {@link dev.cronhound.formats.network.ZeekJsonReader} (JSON lines, stock
 * and RockNSM field names), with {@link dev.cronhound.formats.network.ZeekSniffer} to recognise
 * them. {@code conn}, {@code dns}, {@code ssl} and {@code http} records become {@link
 * dev.cronhound.core.event.Flow}, {@link dev.cronhound.core.event.DnsLookup}, {@link
 * dev.cronhound.core.event.TlsSession} and {@link dev.cronhound.core.event.HttpRequest} events;
 * other Zeek logs are counted only.
 */
package dev.cronhound.formats.network;
