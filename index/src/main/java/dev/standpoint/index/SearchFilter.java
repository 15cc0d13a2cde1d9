package dev.standpoint.index;

import java.util.Set;

/**
 * Hard constraints on a search; empty sets and {@code null} bounds constrain nothing.
 *
 * @param documents  document ids
 * @param authors    author names
 * @param holders    holder names
 * @param entities   entity ids that must all be mentioned
 * @param polarities polarity labels
 * @param fromYear   first year, inclusive
 * @param toYear     last year, inclusive
 * @param roles      sentence roles ({@code QUESTION}, {@code ANSWER}, {@code BODY})
 * @param qaPairs    question/answer pairs, as {@code documentId#pairNumber}
 * @param forecasts  only forecasts
 * @param dates      documents published on one of these ISO dates
 * @param countries  documents of one of these states (ISO 3166 alpha-3, the document's {@code country})
 * @param sentences  sentence ids, as {@code documentId#sentenceIndex}
 */
public record SearchFilter(Set<String> documents, Set<String> authors, Set<String> holders, Set<String> entities,
                           Set<String> polarities, Integer fromYear, Integer toYear, Set<String> roles,
                           Set<String> qaPairs, boolean forecasts, Set<String> dates,
                           Set<String> countries, Set<String> sentences) {

    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
            null, Set.of(), Set.of(), false, Set.of(), Set.of(), Set.of());

    public SearchFilter(Set<String> documents, Set<String> authors, Set<String> holders, Set<String> entities,
                        Set<String> polarities, Integer fromYear, Integer toYear) {
        this(documents, authors, holders, entities, polarities, fromYear, toYear, Set.of(), Set.of(), false, Set.of(),
                Set.of(), Set.of());
    }

    public SearchFilter {
        documents = Set.copyOf(documents);
        authors = Set.copyOf(authors);
        holders = Set.copyOf(holders);
        entities = Set.copyOf(entities);
        polarities = Set.copyOf(polarities);
        roles = Set.copyOf(roles);
        qaPairs = Set.copyOf(qaPairs);
        dates = Set.copyOf(dates);
        countries = Set.copyOf(countries);
        sentences = Set.copyOf(sentences);
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new IllegalArgumentException("toYear " + toYear + " is before fromYear " + fromYear);
        }
    }

    public SearchFilter withDocuments(Set<String> ids) {
        return new SearchFilter(ids, authors, holders, entities, polarities, fromYear, toYear, roles, qaPairs,
                forecasts, dates, countries, sentences);
    }

    public SearchFilter withRoles(Set<String> r) {
        return new SearchFilter(documents, authors, holders, entities, polarities, fromYear, toYear, r, qaPairs,
                forecasts, dates, countries, sentences);
    }

    public SearchFilter withQaPairs(Set<String> pairs) {
        return new SearchFilter(documents, authors, holders, entities, polarities, fromYear, toYear, roles, pairs,
                forecasts, dates, countries, sentences);
    }

    public SearchFilter withDates(Set<String> d) {
        return new SearchFilter(documents, authors, holders, entities, polarities, fromYear, toYear, roles, qaPairs,
                forecasts, d, countries, sentences);
    }

    /** Documents of these years, inclusive ({@code null}: open). */
    public SearchFilter withYears(Integer from, Integer to) {
        return new SearchFilter(documents, authors, holders, entities, polarities, from, to, roles, qaPairs, forecasts,
                dates, countries, sentences);
    }

    /** Documents of these states ({@code country} metadata, ISO 3166 alpha-3). */
    public SearchFilter withCountries(Set<String> c) {
        return new SearchFilter(documents, authors, holders, entities, polarities, fromYear, toYear, roles, qaPairs,
                forecasts, dates, c, sentences);
    }

    /** These sentences ({@code documentId#sentenceIndex}) only. */
    public SearchFilter withSentences(Set<String> ids) {
        return new SearchFilter(documents, authors, holders, entities, polarities, fromYear, toYear, roles, qaPairs,
                forecasts, dates, countries, ids);
    }

    public SearchFilter withForecastsOnly() {
        return new SearchFilter(documents, authors, holders, entities, polarities, fromYear, toYear, roles, qaPairs,
                true, dates, countries, sentences);
    }
}
