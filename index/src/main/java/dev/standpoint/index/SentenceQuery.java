package dev.standpoint.index;

import dev.standpoint.index.search.Retrieval;
import java.util.Set;

/**
 * A search for sentences.
 *
 * @param text            free text, scored with BM25 against the sentence and the question it answers
 * @param entities        entity ids that relevant sentences mention (a boost, not a filter)
 * @param dyads           dyad keys ({@code JPN|RUS}) relevant sentences speak of (a boost)
 * @param holderTerms     words naming the holder the question asks about ("experts", "U.S.") (a boost)
 * @param dates           ISO dates of documents the question names (a boost)
 * @param months          months ({@code 2022-06}) of documents the question names (a boost)
 * @param assessmentsOnly keep only assessment sentences
 * @param claimsOnly      keep only assessments and forecasts (what an answer is built from)
 * @param filter          hard constraints
 * @param limit           how many hits at most
 * @param vector          the question's embedding, for the dense side of a hybrid search; {@code null} searches
 *                        BM25 alone (as does an index without vectors)
 * @param retrieval       BM25, dense or hybrid, and how a hybrid search fuses
 */
public record SentenceQuery(String text, Set<String> entities, Set<String> dyads, Set<String> holderTerms,
                            Set<String> dates, Set<String> months, boolean assessmentsOnly, boolean claimsOnly,
                            SearchFilter filter, int limit, float[] vector, Retrieval retrieval) {

    /** A BM25 search (until a vector is added with {@link #withVector}). */
    public SentenceQuery(String text, Set<String> entities, Set<String> dyads, Set<String> holderTerms,
                         Set<String> dates, Set<String> months, boolean assessmentsOnly, boolean claimsOnly,
                         SearchFilter filter, int limit) {
        this(text, entities, dyads, holderTerms, dates, months, assessmentsOnly, claimsOnly, filter, limit, null,
                Retrieval.DEFAULT);
    }

    public SentenceQuery {
        if (text == null) {
            throw new IllegalArgumentException("query text is required (may be empty)");
        }
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000; got " + limit);
        }
        entities = Set.copyOf(entities);
        dyads = Set.copyOf(dyads);
        holderTerms = Set.copyOf(holderTerms);
        dates = Set.copyOf(dates);
        months = Set.copyOf(months);
        filter = filter == null ? SearchFilter.NONE : filter;
        retrieval = retrieval == null ? Retrieval.DEFAULT : retrieval;
    }

    /** The same search with the question's embedding for the dense side ({@code null}: BM25 alone). */
    public SentenceQuery withVector(float[] v) {
        return new SentenceQuery(text, entities, dyads, holderTerms, dates, months, assessmentsOnly, claimsOnly, filter,
                limit, v, retrieval);
    }

    public SentenceQuery withRetrieval(Retrieval r) {
        return new SentenceQuery(text, entities, dyads, holderTerms, dates, months, assessmentsOnly, claimsOnly, filter,
                limit, vector, r);
    }

    public static SentenceQuery of(String text, int limit) {
        return new SentenceQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, false, SearchFilter.NONE,
                limit);
    }
}
