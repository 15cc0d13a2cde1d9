package dev.standpoint.index.lucene;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.QaPair;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.SentenceVectors;
import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Maps an analysed document to its block of Lucene documents. */
final class LuceneDocuments {

    private LuceneDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : Fields.FACETS) {
            c.setMultiValued(dim, true);
        }
        return c;
    }

    static DocumentSummary summary(AnalysedDocument a) {
        return DocumentSummary.of(a);
    }

    static Integer year(Document d) {
        return DocumentSummary.year(d);
    }

    /** Sentence vectors are unit length, so the dot product is their cosine, without the division. */
    static final VectorSimilarityFunction VECTOR_SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    static List<org.apache.lucene.document.Document> block(AnalysedDocument a, String fileHash, SentenceVectors vectors,
                                                          FacetsConfig config) {
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        DocumentSummary summary = summary(a);
        String summaryJson = Json.write(summary);
        block.add(documentRecord(a, summaryJson, fileHash));
        Map<Integer, String> questions = questions(a.document());
        for (AnalysedSentence s : a.sentences()) {
            if (!s.sentence().role().isAnalysed()) {
                continue;
            }
            org.apache.lucene.document.Document record = sentenceRecord(a.document(), s, summaryJson,
                    questions.get(s.sentence().qa()));
            float[] vector = vectors.of(s.sentence().index());
            if (vector != null) {
                record.add(new KnnFloatVectorField(Fields.VECTOR, vector, VECTOR_SIMILARITY));
            }
            block.add(build(record, config));
        }
        return block;
    }

    private static org.apache.lucene.document.Document documentRecord(AnalysedDocument a, String summaryJson,
                                                                   String fileHash) {
        Document d = a.document();
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(Fields.DOC_ID, d.id(), Field.Store.YES));
        if (fileHash != null) {
            doc.add(new StringField(Fields.FILE_HASH, fileHash, Field.Store.YES));
        }
        doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(d.title().toLowerCase(Locale.ROOT))));
        doc.add(new StoredField(Fields.SUMMARY, summaryJson));
        doc.add(new StoredField(Fields.ANALYSED, Json.write(a)));
        return doc;
    }

    private static org.apache.lucene.document.Document sentenceRecord(Document d, AnalysedSentence s,
                                                                   String summaryJson, String question) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        int index = s.sentence().index();
        doc.add(new StringField(Fields.KIND, Fields.KIND_SENTENCE, Field.Store.NO));
        doc.add(new StringField(Fields.DOC_ID, d.id(), Field.Store.NO));
        doc.add(new StringField(Fields.SENTENCE_ID, d.id() + "#" + index, Field.Store.YES));
        doc.add(new IntPoint(Fields.SENTENCE_INDEX, index));
        doc.add(new NumericDocValuesField(Fields.DAY_SORT, d.published() == null ? 0 : d.published().toEpochDay()));
        doc.add(new SortedDocValuesField(Fields.SID_SORT, new BytesRef(String.format(Locale.ROOT, "%s#%06d", d.id(), index))));
        doc.add(new TextField(Fields.TEXT, s.text(), Field.Store.NO));
        if (question != null) {
            doc.add(new StoredField(Fields.CONTEXT_STORED, question));
        }
        doc.add(new TextField(Fields.DOC_TITLE, d.title(), Field.Store.NO));
        doc.add(new StringField(Fields.ROLE, s.sentence().role().name(), Field.Store.NO));
        if (s.sentence().qa() >= 0) {
            doc.add(new StringField(Fields.QA, d.id() + "#" + s.sentence().qa(), Field.Store.NO));
        }
        doc.add(new StoredField(Fields.SUMMARY, summaryJson));
        doc.add(new StoredField(Fields.SENTENCE_JSON, Json.write(s)));
        for (String author : d.authors()) {
            doc.add(new StringField(Fields.AUTHOR, author.toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.AUTHOR, author));
        }
        Integer year = year(d);
        String country = d.metadata().get("country");
        if (country != null) {
            doc.add(new StringField(Fields.COUNTRY, country, Field.Store.NO));
        }
        if (year != null) {
            doc.add(new StringField(Fields.YEAR_TERM, year.toString(), Field.Store.NO));
            doc.add(new IntPoint(Fields.YEAR, year));
            doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, year.toString()));
        }
        if (d.published() != null) {
            doc.add(new StringField(Fields.DATE, d.published().toString(), Field.Store.NO));
            doc.add(new StringField(Fields.MONTH, d.published().toString().substring(0, 7), Field.Store.NO));
        }
        addEntities(doc, s);
        Assessment a = s.assessment();
        if (a != null) {
            addAssessment(doc, a);
        }
        return doc;
    }

    private static void addEntities(org.apache.lucene.document.Document doc, AnalysedSentence s) {
        Set<String> entities = new LinkedHashSet<>();
        for (Mention m : s.mentions()) {
            entities.add(m.entityId());
        }
        for (String e : entities) {
            doc.add(new StringField(Fields.ENTITY, e, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.ENTITY, e));
        }
        for (Dyad dyad : s.dyads()) {
            doc.add(new StringField(Fields.DYAD, dyad.key(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.DYAD, dyad.key()));
        }
    }

    private static void addAssessment(org.apache.lucene.document.Document doc, Assessment a) {
        doc.add(new StringField(Fields.ASSESSMENT, Boolean.toString(a.assessment()), Field.Store.NO));
        doc.add(new StringField(Fields.FORECAST, Boolean.toString(a.forecast()), Field.Store.NO));
        String holder = a.holder().name();
        doc.add(new StringField(Fields.HOLDER, holder.toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new TextField(Fields.HOLDER_TEXT, holder, Field.Store.NO));
        if (a.assessment()) {
            doc.add(new StringField(Fields.POLARITY, a.polarity().label(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.POLARITY, a.polarity().label()));
            doc.add(new SortedSetDocValuesFacetField(Fields.HOLDER, holder));
        }
    }

    private static org.apache.lucene.document.Document build(org.apache.lucene.document.Document doc,
                                                            FacetsConfig config) {
        try {
            return config.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question text of each question/answer pair, white space collapsed. */
    private static Map<Integer, String> questions(Document d) {
        Map<Integer, String> out = new HashMap<>();
        for (QaPair pair : d.qaPairs()) {
            Paragraph q = pair.question();
            out.put(pair.number(), TextNormaliser.collapseWhitespace(q.span().of(d.text())));
        }
        return out;
    }
}
