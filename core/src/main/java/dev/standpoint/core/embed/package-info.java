/**
 * The seam for sentence encoders: the analysis's trained heads and the index's dense retrieval use the same
 * {@link dev.standpoint.core.embed.Encoder}; the MiniLM implementation lives in the index module, outside core.
 */
package dev.standpoint.core.embed;
