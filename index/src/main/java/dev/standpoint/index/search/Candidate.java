package dev.standpoint.index.search;

/**
 * One candidate of a hybrid search with both of its scores.
 *
 * @param key     what identifies it (a Lucene doc id, a document id)
 * @param lexical its BM25 score (with boosts); {@code NaN} when the lexical query does not match it
 * @param dense   its embedding similarity; {@code NaN} when it has no vector
 */
public record Candidate<K>(K key, double lexical, double dense) {

    public boolean hasLexical() {
        return !Double.isNaN(lexical);
    }

    public boolean hasDense() {
        return !Double.isNaN(dense);
    }
}
