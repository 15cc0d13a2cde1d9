/**
 * Ingest: files and folders in, analysed documents into a store, several analysis threads and one writer; source copies kept for rebuilds.
 */
package dev.standpoint.index.ingest;
