/**
 * Schedules of Unix job schedulers as pure values: a cron expression ({@link
 * dev.cronhound.core.schedule.CronExpression}) gives its run times in UTC, its typical period and
 * how well observed beats fit it, so a finding can say "matches {@code *}{@code /15 * * * *}".
 */
package dev.cronhound.core.schedule;
