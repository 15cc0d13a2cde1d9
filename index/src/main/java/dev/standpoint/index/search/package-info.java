/**
 * Hybrid retrieval: how a lexical (BM25) ranking and a dense (embedding) ranking of the same candidates are fused
 * into one, and which of the three rankings a search uses ({@link dev.standpoint.index.search.Retrieval}).
 */
package dev.standpoint.index.search;
