package dev.standpoint.index.lucene;

/** Names of the Lucene fields, in one place. */
final class Fields {

    static final String KIND = "kind";
    static final String KIND_DOCUMENT = "document";
    static final String KIND_SENTENCE = "sentence";
    /** On every Lucene document of a block: the Standpoint document id, so a block is replaced as one. */
    static final String DOC_ID = "docid";
    static final String FILE_HASH = "filehash";
    static final String TITLE = "title";
    static final String TITLE_SORT = "title_sort";
    static final String SUMMARY = "summary";
    static final String ANALYSED = "analysed";
    static final String SENTENCE_ID = "sid";
    static final String SENTENCE_INDEX = "sindex";
    static final String TEXT = "text";
    static final String CONTEXT_STORED = "context_stored";
    /** The document title, on sentence records. */
    static final String DOC_TITLE = "doc_title";
    static final String SENTENCE_JSON = "sentence";
    static final String ASSESSMENT = "assessment";
    static final String FORECAST = "forecast";
    static final String POLARITY = "polarity";
    static final String HOLDER = "holder";
    static final String HOLDER_TEXT = "holder_text";
    static final String AUTHOR = "author";
    static final String ENTITY = "entity";
    static final String DYAD = "dyad";
    static final String YEAR = "year";
    static final String DATE = "date";
    /** The year as a term (for boosts; {@link #YEAR} is the point field for ranges). */
    static final String YEAR_TERM = "year_term";
    /** The ISO code of the state the document speaks for, when its metadata says so. */
    static final String COUNTRY = "country";
    /** Sort keys of sentence records: the document's day (epoch days; 0 when unknown) and the sentence id. */
    static final String DAY_SORT = "day_sort";
    static final String SID_SORT = "sid_sort";
    static final String MONTH = "month";
    static final String ROLE = "role";
    /** The question/answer pair of a sentence, {@code documentId#pairNumber}. */
    static final String QA = "qa";
    /** The sentence's embedding (HNSW graph, dot product of unit vectors), on the sentences that have one. */
    static final String VECTOR = "vector";

    /** Facet dimensions over sentences. */
    static final String[] FACETS = {POLARITY, HOLDER, AUTHOR, ENTITY, DYAD, YEAR};

    private Fields() {
    }
}
