/**
 * The embedded store: a Lucene index on local disk, one block of Lucene documents per Standpoint document.
 */
package dev.standpoint.index.lucene;
