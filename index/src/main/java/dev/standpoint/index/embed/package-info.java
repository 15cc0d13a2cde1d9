/**
 * Sentence embeddings: the {@link dev.standpoint.core.embed.Encoder} seam, its in-process MiniLM implementation,
 * and {@link dev.standpoint.index.embed.DocumentEmbedder}, which decides what of a document is embedded at ingest.
 */
package dev.standpoint.index.embed;
