package dev.standpoint.solr;

import static dev.standpoint.solr.SolrDocuments.*;

import dev.standpoint.index.Boosts;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Writes a {@link SentenceQuery} and a {@link SearchFilter} in Solr's standard query syntax, clause for clause as
 * the embedded store's {@code QueryFactory} builds its Lucene queries, with the same boosts: each free text is one
 * escaped chunk analysed by the field's English chain into a disjunction of its terms (as Lucene's
 * {@code QueryBuilder.createBooleanQuery}), each entity, dyad or date a constant-score clause ({@code ^=}). Scores
 * then add up as they do in the embedded store.
 */
final class SolrQueries {

    static final float TEXT_BOOST = 1.0f;
    static final float TITLE_BOOST = 0.4f;
    static final float ENTITY_BOOST = 0.75f;
    static final float DYAD_BOOST = 1.5f;
    static final float HOLDER_BOOST = 0.8f;
    static final float DATE_BOOST = 4.0f;
    static final float MONTH_BOOST = 1.5f;
    static final float YEAR_BOOST = 1.0f;
    static final float COUNTRY_BOOST = 1.5f;
    static final float DOCUMENT_BOOST = 0.6f;

    static final String MATCH_ALL = "*:*";

    /** The schema's analysis, used only to tell whether a text has any term (a text of stop words adds nothing). */
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private SolrQueries() {
    }

    /** The scoring query of a sentence search, without its constraints (those are filter queries). */
    static String lexical(SentenceQuery q) {
        List<String> clauses = new ArrayList<>();
        text(clauses, TEXT, q.text(), TEXT_BOOST);
        text(clauses, DOC_TITLE, q.text(), TITLE_BOOST);
        Boosts b = q.boosts();
        text(clauses, DOC_TITLE, b.documentText(), DOCUMENT_BOOST);
        constant(clauses, ENTITY, b.entities(), ENTITY_BOOST);
        constant(clauses, DYAD, b.dyads(), DYAD_BOOST);
        for (String h : sorted(b.holderTerms())) {
            text(clauses, HOLDER_TEXT, h, HOLDER_BOOST);
        }
        constant(clauses, DATE, b.dates(), DATE_BOOST);
        constant(clauses, MONTH, b.months(), MONTH_BOOST);
        constant(clauses, YEAR_TERM, b.years(), YEAR_BOOST);
        constant(clauses, COUNTRY, b.countries(), COUNTRY_BOOST);
        return clauses.isEmpty() ? MATCH_ALL : String.join(" ", clauses);
    }

    /** BM25 over one text field, for a flat passage collection (a retrieval benchmark). */
    static String lexical(String field, String text) {
        List<String> clauses = new ArrayList<>();
        text(clauses, field, text, TEXT_BOOST);
        return clauses.isEmpty() ? MATCH_ALL : clauses.get(0);
    }

    /** What a hit must satisfy: a sentence, a claim when asked, and the filter. */
    static List<String> constraints(SentenceQuery q) {
        List<String> fq = new ArrayList<>();
        fq.add(term(KIND, KIND_SENTENCE));
        if (q.assessmentsOnly()) {
            fq.add(term(ASSESSMENT, "true"));
        } else if (q.claimsOnly()) {
            fq.add("(" + term(ASSESSMENT, "true") + " " + term(FORECAST, "true") + ")");
        }
        fq.addAll(filter(q.filter()));
        return fq;
    }

    /** Sentences matching {@code f}. */
    static List<String> sentences(SearchFilter f) {
        List<String> fq = new ArrayList<>();
        fq.add(term(KIND, KIND_SENTENCE));
        fq.addAll(filter(f));
        return fq;
    }

    static List<String> filter(SearchFilter f) {
        List<String> fq = new ArrayList<>();
        anyOf(fq, DOC_ID, f.documents(), false);
        anyOf(fq, AUTHOR, f.authors(), true);
        anyOf(fq, HOLDER, f.holders(), true);
        anyOf(fq, POLARITY, f.polarities(), true);
        anyOf(fq, ROLE, f.roles(), false);
        anyOf(fq, QA, f.qaPairs(), false);
        anyOf(fq, DATE, f.dates(), false);
        anyOf(fq, SolrDocuments.COUNTRY, f.countries(), false);
        anyOf(fq, ID, f.sentences(), false);
        if (f.forecasts()) {
            fq.add(term(FORECAST, "true"));
        }
        for (String e : sorted(f.entities())) {
            fq.add(term(ENTITY, e));
        }
        if (f.fromYear() != null || f.toYear() != null) {
            fq.add(YEAR + ":[" + (f.fromYear() == null ? "*" : f.fromYear()) + " TO "
                    + (f.toYear() == null ? "*" : f.toYear()) + "]");
        }
        return fq;
    }

    static String term(String field, String value) {
        return field + ":" + ClientUtils.escapeQueryChars(value);
    }

    /** Any of the ids, as a filter ({@code {!terms}}: no scoring, no clause limit). */
    static String ids(String field, java.util.Collection<String> values) {
        return "{!terms f=" + field + " separator=\" \"}" + String.join(" ", values);
    }

    private static void anyOf(List<String> fq, String field, Set<String> values, boolean lower) {
        if (values.isEmpty()) {
            return;
        }
        List<String> terms = new ArrayList<>();
        for (String v : sorted(values)) {
            terms.add(ClientUtils.escapeQueryChars(lower ? v.toLowerCase(Locale.ROOT) : v));
        }
        fq.add(field + ":(" + String.join(" OR ", terms) + ")");
    }

    private static void text(List<String> clauses, String field, String text, float boost) {
        if (text != null && hasTerms(text.strip())) {
            clauses.add(field + ":" + ClientUtils.escapeQueryChars(text.strip()) + "^" + boost);
        }
    }

    private static void constant(List<String> clauses, String field, Set<String> values, float boost) {
        for (String v : sorted(values)) {
            clauses.add(field + ":" + ClientUtils.escapeQueryChars(v) + "^=" + boost);
        }
    }

    private static boolean hasTerms(String text) {
        if (text.isEmpty()) {
            return false;
        }
        try (TokenStream ts = ENGLISH.tokenStream("", text)) {
            ts.reset();
            boolean any = ts.incrementToken();
            while (ts.incrementToken()) {
                // drain, as the token stream contract asks
            }
            ts.end();
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
