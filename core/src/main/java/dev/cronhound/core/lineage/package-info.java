/**
 * Correlation, first part: the process table per host ({@link
 * dev.cronhound.core.lineage.ProcessTable}), lineage ({@link dev.cronhound.core.lineage.Lineage})
 * and the run-to-run identity of a command line ({@link
 * dev.cronhound.core.lineage.CommandLineShape}). Pure: no I/O.
 */
package dev.cronhound.core.lineage;
