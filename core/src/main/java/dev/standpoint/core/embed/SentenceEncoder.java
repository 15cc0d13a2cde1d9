package dev.standpoint.core.embed;

import java.util.List;

/**
 * Turns sentences into fixed-length vectors. The analysis uses one, when given, for its trained heads; the index
 * uses one for dense retrieval. Implementations are thread-safe and return L2-normalised vectors.
 */
public interface SentenceEncoder {

    /** A name that says which model this is, recorded with everything it produced. */
    String name();

    int dimensions();

    /** One vector per text, in order. */
    float[][] encode(List<String> texts);
}
