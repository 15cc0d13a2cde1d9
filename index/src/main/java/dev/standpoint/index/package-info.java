/**
 * The {@link dev.standpoint.index.Store} seam and the values that cross it: queries, filters, hits, summaries, statistics and the manifest; {@link dev.standpoint.index.StandpointHome} is the data directory.
 */
package dev.standpoint.index;
