package dev.standpoint.index;

import java.time.Instant;

/**
 * Provenance of an index: recorded in every commit, and written beside the index as {@code manifest.json}.
 *
 * @param standpointVersion the version that wrote it
 * @param analyser          the analyser's name and settings
 * @param encoder           the sentence encoder that made the index's vectors ({@code ""}: none, BM25 only)
 * @param documents         how many documents it holds
 * @param sentences         how many sentences
 * @param committed         when it was last committed
 */
public record Manifest(String standpointVersion, String analyser, String encoder, long documents, long sentences,
                       Instant committed) {

    public static final Manifest EMPTY = new Manifest("", "", "", 0, 0, Instant.EPOCH);

    public Manifest {
        encoder = encoder == null ? "" : encoder;
    }

    /** Whether the index holds sentence vectors, so that a question should be embedded. */
    public boolean hasVectors() {
        return !encoder.isEmpty();
    }
}
