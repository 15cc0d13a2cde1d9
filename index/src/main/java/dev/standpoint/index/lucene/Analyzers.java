package dev.standpoint.index.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** The analysis chain: English (possessives, stop words, Porter stemming) for prose fields, keywords elsewhere. */
final class Analyzers {

    private Analyzers() {
    }

    /** BM25 parameters of the store, and of the SciFact benchmark that measures them. */
    static final float BM25_K1 = 1.2f;
    static final float BM25_B = 0.75f;

    static Similarity similarity() {
        return new BM25Similarity(BM25_K1, BM25_B);
    }

    static Analyzer english() {
        return new EnglishAnalyzer();
    }

    static Analyzer perField() {
        Analyzer english = english();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Fields.TEXT, english,
                Fields.TITLE, english,
                Fields.DOC_TITLE, english,
                Fields.HOLDER_TEXT, english));
    }
}
