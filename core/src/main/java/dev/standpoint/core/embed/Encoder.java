package dev.standpoint.core.embed;

import java.util.List;

/**
 * Turns texts into dense vectors for semantic search. Implementations are thread-safe: the ingest workers call one
 * shared instance at the same time.
 */
public interface Encoder {

    /**
     * Embeds texts, one unit-length vector of {@link #dimensions()} floats per text, in order.
     *
     * @throws IllegalArgumentException when a text is null or blank
     */
    float[][] embed(List<String> texts);

    /** Embeds one text. */
    default float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** The length of every vector. */
    int dimensions();

    /** A name that identifies the model and its version, recorded in the index manifest. */
    String name();
}
