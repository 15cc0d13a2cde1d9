package dev.standpoint.index;

import java.time.Instant;

/**
 * Provenance of an index: recorded in every commit, and written beside the index as {@code manifest.json}.
 *
 * @param standpointVersion the version that wrote it
 * @param analyser          the analyser's name and settings
 * @param documents         how many documents it holds
 * @param sentences         how many sentences
 * @param committed         when it was last committed
 */
public record Manifest(String standpointVersion, String analyser, long documents, long sentences, Instant committed) {

    public static final Manifest EMPTY = new Manifest("", "", 0, 0, Instant.EPOCH);
}
