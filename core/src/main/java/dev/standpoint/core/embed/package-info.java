/**
 * The seam for sentence encoders: core's trained heads and the index's dense retrieval use the same
 * {@link dev.standpoint.core.embed.SentenceEncoder}; the MiniLM implementation lives outside core.
 */
package dev.standpoint.core.embed;
