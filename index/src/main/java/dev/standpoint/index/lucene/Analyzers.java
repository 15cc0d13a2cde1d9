package dev.standpoint.index.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analysis chain: English (possessives, stop words, Porter stemming) for prose fields, keywords elsewhere. */
final class Analyzers {

    private Analyzers() {
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
