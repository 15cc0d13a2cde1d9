package dev.standpoint.solr;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.QaPair;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.SentenceVectors;
import dev.standpoint.index.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * Maps an analysed document to one Solr block — a document record with a child record per analysed sentence —
 * with the fields of the embedded store's Lucene block (see {@code schema.xml}).
 */
final class SolrDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String KIND_DOCUMENT = "document";
    static final String KIND_SENTENCE = "sentence";
    static final String KIND_MANIFEST = "manifest";
    static final String DOC_ID = "docid";
    static final String FILE_HASH = "filehash";
    static final String TITLE = "title";
    static final String TITLE_SORT = "title_sort";
    static final String SUMMARY = "summary";
    static final String ANALYSED = "analysed";
    static final String TEXT = "text";
    static final String DOC_TITLE = "doc_title";
    static final String HOLDER_TEXT = "holder_text";
    static final String SENTENCE = "sentence";
    static final String CONTEXT = "context_stored";
    static final String SENTENCE_INDEX = "sindex";
    static final String DAY_SORT = "day_sort";
    static final String SID_SORT = "sid_sort";
    static final String ROLE = "role";
    static final String QA = "qa";
    static final String ASSESSMENT = "assessment";
    static final String FORECAST = "forecast";
    static final String POLARITY = "polarity";
    static final String HOLDER = "holder";
    static final String AUTHOR = "author";
    static final String ENTITY = "entity";
    static final String DYAD = "dyad";
    static final String YEAR = "year";
    static final String YEAR_TERM = "year_term";
    static final String DATE = "date";
    static final String MONTH = "month";
    static final String COUNTRY = "country";
    static final String HAS_VECTOR = "has_vector";
    static final String VECTOR = "vector";

    /** The facet dimensions of the embedded store, each kept in a docValues field {@code f_DIMENSION}. */
    static final List<String> FACETS = List.of(POLARITY, HOLDER, AUTHOR, ENTITY, DYAD, YEAR);

    static String facetField(String dimension) {
        return "f_" + dimension;
    }

    private SolrDocuments() {
    }

    /** The block: the document record, its sentences as children, each child's id {@code documentId#index}. */
    static SolrInputDocument block(AnalysedDocument a, String fileHash, SentenceVectors vectors) {
        Document d = a.document();
        String summary = Json.write(DocumentSummary.of(a));
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(ID, d.id());
        doc.setField(KIND, KIND_DOCUMENT);
        doc.setField(DOC_ID, d.id());
        if (fileHash != null) {
            doc.setField(FILE_HASH, fileHash);
        }
        doc.setField(TITLE, d.title());
        doc.setField(TITLE_SORT, d.title().toLowerCase(Locale.ROOT));
        doc.setField(SUMMARY, summary);
        doc.setField(ANALYSED, Json.write(a));
        Map<Integer, String> questions = questions(d);
        List<SolrInputDocument> children = new ArrayList<>();
        for (AnalysedSentence s : a.sentences()) {
            if (s.sentence().role().isAnalysed()) {
                children.add(sentence(d, s, summary, questions.get(s.sentence().qa()), vectors.of(s.sentence().index())));
            }
        }
        doc.addChildDocuments(children);
        return doc;
    }

    private static SolrInputDocument sentence(Document d, AnalysedSentence s, String summary, String question,
                                              float[] vector) {
        SolrInputDocument doc = new SolrInputDocument();
        int index = s.sentence().index();
        doc.setField(ID, d.id() + "#" + index);
        doc.setField(KIND, KIND_SENTENCE);
        doc.setField(DOC_ID, d.id());
        doc.setField(SENTENCE_INDEX, index);
        doc.setField(DAY_SORT, d.published() == null ? 0L : d.published().toEpochDay());
        doc.setField(SID_SORT, String.format(Locale.ROOT, "%s#%06d", d.id(), index));
        doc.setField(TEXT, s.text());
        if (question != null) {
            doc.setField(CONTEXT, question);
        }
        doc.setField(DOC_TITLE, d.title());
        doc.setField(ROLE, s.sentence().role().name());
        if (s.sentence().qa() >= 0) {
            doc.setField(QA, d.id() + "#" + s.sentence().qa());
        }
        doc.setField(SUMMARY, summary);
        doc.setField(SENTENCE, Json.write(s));
        for (String author : d.authors()) {
            doc.addField(AUTHOR, author.toLowerCase(Locale.ROOT));
            doc.addField(facetField(AUTHOR), author);
        }
        Integer year = DocumentSummary.year(d);
        String country = d.metadata().get("country");
        if (country != null) {
            doc.setField(COUNTRY, country);
        }
        if (year != null) {
            doc.setField(YEAR_TERM, year.toString());
            doc.setField(YEAR, year);
            doc.addField(facetField(YEAR), year.toString());
        }
        if (d.published() != null) {
            doc.setField(DATE, d.published().toString());
            doc.setField(MONTH, d.published().toString().substring(0, 7));
        }
        addEntities(doc, s);
        if (s.assessment() != null) {
            addAssessment(doc, s.assessment());
        }
        if (vector != null) {
            doc.setField(HAS_VECTOR, "true");
            List<Float> v = new ArrayList<>(vector.length);
            for (float f : vector) {
                v.add(f);
            }
            doc.setField(VECTOR, v);
        }
        return doc;
    }

    private static void addEntities(SolrInputDocument doc, AnalysedSentence s) {
        Set<String> entities = new LinkedHashSet<>();
        for (Mention m : s.mentions()) {
            entities.add(m.entityId());
        }
        for (String e : entities) {
            doc.addField(ENTITY, e);
            doc.addField(facetField(ENTITY), e);
        }
        for (Dyad dyad : s.dyads()) {
            doc.addField(DYAD, dyad.key());
            doc.addField(facetField(DYAD), dyad.key());
        }
    }

    private static void addAssessment(SolrInputDocument doc, Assessment a) {
        doc.setField(ASSESSMENT, Boolean.toString(a.assessment()));
        doc.setField(FORECAST, Boolean.toString(a.forecast()));
        String holder = a.holder().name();
        doc.setField(HOLDER, holder.toLowerCase(Locale.ROOT));
        doc.setField(HOLDER_TEXT, holder);
        if (a.assessment()) {
            doc.setField(POLARITY, a.polarity().label());
            doc.addField(facetField(POLARITY), a.polarity().label());
            doc.addField(facetField(HOLDER), holder);
        }
    }

    /** The question text of each question/answer pair, white space collapsed. */
    private static Map<Integer, String> questions(Document d) {
        Map<Integer, String> out = new HashMap<>();
        for (QaPair pair : d.qaPairs()) {
            out.put(pair.number(), TextNormaliser.collapseWhitespace(pair.question().span().of(d.text())));
        }
        return out;
    }
}
