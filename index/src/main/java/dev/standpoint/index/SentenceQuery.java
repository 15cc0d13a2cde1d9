package dev.standpoint.index;

import dev.standpoint.index.search.Retrieval;

/**
 * A search for sentences.
 *
 * @param text            free text, scored with BM25 against the sentence (and, less, its document's title)
 * @param boosts          what raises a sentence's score without being required
 * @param assessmentsOnly keep only assessment sentences
 * @param claimsOnly      keep only assessments and forecasts (what an answer is built from)
 * @param filter          hard constraints
 * @param limit           how many hits at most
 * @param vector          the question's embedding, for the dense side of a hybrid search; {@code null} searches
 *                        BM25 alone (as does an index without vectors)
 * @param retrieval       BM25, dense or hybrid, and how a hybrid search fuses
 */
public record SentenceQuery(String text, Boosts boosts, boolean assessmentsOnly, boolean claimsOnly,
                            SearchFilter filter, int limit, float[] vector, Retrieval retrieval) {

    /** A BM25 search (until a vector is added with {@link #withVector}). */
    public SentenceQuery(String text, Boosts boosts, boolean assessmentsOnly, boolean claimsOnly, SearchFilter filter,
                         int limit) {
        this(text, boosts, assessmentsOnly, claimsOnly, filter, limit, null, Retrieval.DEFAULT);
    }

    public SentenceQuery {
        if (text == null) {
            throw new IllegalArgumentException("query text is required (may be empty)");
        }
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000; got " + limit);
        }
        boosts = boosts == null ? Boosts.NONE : boosts;
        filter = filter == null ? SearchFilter.NONE : filter;
        retrieval = retrieval == null ? Retrieval.DEFAULT : retrieval;
    }

    /** The same search with the question's embedding for the dense side ({@code null}: BM25 alone). */
    public SentenceQuery withVector(float[] v) {
        return new SentenceQuery(text, boosts, assessmentsOnly, claimsOnly, filter, limit, v, retrieval);
    }

    public SentenceQuery withRetrieval(Retrieval r) {
        return new SentenceQuery(text, boosts, assessmentsOnly, claimsOnly, filter, limit, vector, r);
    }

    public static SentenceQuery of(String text, int limit) {
        return new SentenceQuery(text, Boosts.NONE, false, false, SearchFilter.NONE, limit);
    }
}
