package dev.standpoint.index.lucene;

import dev.standpoint.index.Boosts;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceQuery;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Builds Lucene queries from {@link SentenceQuery} and {@link SearchFilter}. */
final class QueryFactory {

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

    private final QueryBuilder builder;

    QueryFactory(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    Query sentences(SentenceQuery q) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        add(scoring, builder.createBooleanQuery(Fields.TEXT, q.text()), TEXT_BOOST);
        add(scoring, builder.createBooleanQuery(Fields.DOC_TITLE, q.text()), TITLE_BOOST);
        Boosts boosts = q.boosts();
        add(scoring, builder.createBooleanQuery(Fields.DOC_TITLE, boosts.documentText()), DOCUMENT_BOOST);
        constant(scoring, Fields.ENTITY, boosts.entities(), ENTITY_BOOST);
        constant(scoring, Fields.DYAD, boosts.dyads(), DYAD_BOOST);
        for (String h : boosts.holderTerms()) {
            add(scoring, builder.createBooleanQuery(Fields.HOLDER_TEXT, h), HOLDER_BOOST);
        }
        constant(scoring, Fields.DATE, boosts.dates(), DATE_BOOST);
        constant(scoring, Fields.MONTH, boosts.months(), MONTH_BOOST);
        constant(scoring, Fields.YEAR_TERM, boosts.years(), YEAR_BOOST);
        constant(scoring, Fields.COUNTRY, boosts.countries(), COUNTRY_BOOST);
        Query base = scoring.build();
        if (((BooleanQuery) base).clauses().isEmpty()) {
            base = new MatchAllDocsQuery();
        }
        return new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
                .add(constraints(q), BooleanClause.Occur.FILTER).build();
    }

    /** What a hit must satisfy, without scoring: a sentence, a claim when asked, and the filter. */
    Query constraints(SentenceQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_SENTENCE)), BooleanClause.Occur.FILTER);
        if (q.assessmentsOnly()) {
            b.add(new TermQuery(new Term(Fields.ASSESSMENT, "true")), BooleanClause.Occur.FILTER);
        } else if (q.claimsOnly()) {
            b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ASSESSMENT, "true")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.FORECAST, "true")), BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.FILTER);
        }
        return filtered(b.build(), q.filter());
    }

    private static void constant(BooleanQuery.Builder b, String field, java.util.Set<String> values, float boost) {
        for (String v : values) {
            add(b, new ConstantScoreQuery(new TermQuery(new Term(field, v))), boost);
        }
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    Query filtered(Query query, SearchFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        anyOf(b, Fields.DOC_ID, f.documents(), false);
        anyOf(b, Fields.AUTHOR, f.authors(), true);
        anyOf(b, Fields.HOLDER, f.holders(), true);
        anyOf(b, Fields.POLARITY, f.polarities(), true);
        anyOf(b, Fields.ROLE, f.roles(), false);
        anyOf(b, Fields.QA, f.qaPairs(), false);
        anyOf(b, Fields.DATE, f.dates(), false);
        anyOf(b, Fields.COUNTRY, f.countries(), false);
        anyOf(b, Fields.SENTENCE_ID, f.sentences(), false);
        if (f.forecasts()) {
            b.add(new TermQuery(new Term(Fields.FORECAST, "true")), BooleanClause.Occur.FILTER);
        }
        for (String e : f.entities()) {
            b.add(new TermQuery(new Term(Fields.ENTITY, e)), BooleanClause.Occur.FILTER);
        }
        if (f.fromYear() != null || f.toYear() != null) {
            int from = f.fromYear() == null ? Integer.MIN_VALUE : f.fromYear();
            int to = f.toYear() == null ? Integer.MAX_VALUE : f.toYear();
            b.add(IntPoint.newRangeQuery(Fields.YEAR, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void anyOf(BooleanQuery.Builder b, String field, Set<String> values, boolean lower) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, lower ? v.toLowerCase(Locale.ROOT) : v)), BooleanClause.Occur.SHOULD);
        }
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }
}
