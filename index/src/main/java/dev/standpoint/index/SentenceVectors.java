package dev.standpoint.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embeddings computed for some sentences of one document, by sentence index, and the encoder that made them.
 * Sentences without a vector are still found by BM25.
 *
 * @param encoder    the encoder's name ({@code ""} when there are no vectors)
 * @param bySentence sentence index → unit-length vector
 */
public record SentenceVectors(String encoder, Map<Integer, float[]> bySentence) {

    public static final SentenceVectors NONE = new SentenceVectors("", Map.of());

    public SentenceVectors {
        if (encoder == null) {
            throw new IllegalArgumentException("encoder name is required (may be empty)");
        }
        if (encoder.isEmpty() && !bySentence.isEmpty()) {
            throw new IllegalArgumentException("vectors need the name of the encoder that made them");
        }
        bySentence = Collections.unmodifiableMap(new LinkedHashMap<>(bySentence));
    }

    public float[] of(int sentenceIndex) {
        return bySentence.get(sentenceIndex);
    }

    public int size() {
        return bySentence.size();
    }
}
