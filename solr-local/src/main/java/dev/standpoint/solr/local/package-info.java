/**
 * A throwaway SolrCloud in one process ({@link dev.standpoint.solr.local.LocalSolrCloud}), started by
 * {@code standpoint solr local} in a JVM of its own, for trying and benchmarking the solr store on one machine.
 */
package dev.standpoint.solr.local;
