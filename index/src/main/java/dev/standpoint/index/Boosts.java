package dev.standpoint.index;

import java.util.Set;

/**
 * What raises a sentence's score without being required: the entities and relationships it speaks of, whose view
 * it states, and the document it stands in (its date, its state, its title).
 *
 * @param entities     entity ids the sentence mentions
 * @param dyads        dyad keys ({@code JPN|RUS}) it speaks of
 * @param holderTerms  words naming the holder the question asks about ("U.S. experts", "Psaki")
 * @param dates        ISO dates of documents the question names
 * @param months       months ({@code 2022-06}) of documents the question names
 * @param years        years of documents the question names
 * @param countries    ISO codes of the states whose documents the question asks about ({@code RUS} for "Russia's
 *                     statement")
 * @param documentText words naming a document or an event ("joint statement", "press call"), matched against titles
 */
public record Boosts(Set<String> entities, Set<String> dyads, Set<String> holderTerms, Set<String> dates,
                     Set<String> months, Set<String> years, Set<String> countries, String documentText) {

    public static final Boosts NONE = new Boosts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");

    public Boosts {
        entities = Set.copyOf(entities);
        dyads = Set.copyOf(dyads);
        holderTerms = Set.copyOf(holderTerms);
        dates = Set.copyOf(dates);
        months = Set.copyOf(months);
        years = Set.copyOf(years);
        countries = Set.copyOf(countries);
        documentText = documentText == null ? "" : documentText;
    }

    public static Boosts entities(Set<String> ids) {
        return new Boosts(ids, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");
    }

    public static Boosts dyads(Set<String> keys) {
        return new Boosts(Set.of(), keys, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");
    }
}
