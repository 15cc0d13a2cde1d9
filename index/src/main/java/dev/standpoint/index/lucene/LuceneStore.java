package dev.standpoint.index.lucene;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.Manifest;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.SentenceVectors;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.Store;
import dev.standpoint.index.StoreException;
import dev.standpoint.index.StoredDocument;
import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded store: one Lucene 9 index on local disk. A Standpoint document is one block of Lucene documents, a
 * document record followed by one record per sentence, added with {@code updateDocuments} so that a flush or a
 * crash never splits it. Search runs over sentence records: BM25 over the sentence and its document's title, plus
 * entity, dyad, holder and date boosts, fused with the similarity of the sentence's embedding to the question's when
 * the index holds vectors (see {@link HybridSearcher}); facets are sorted-set doc values.
 *
 * <p>Open it for writing ({@link #open}) from one process at a time; any number of readers may open it read-only
 * ({@link #openReadOnly}) beside the writer and see its last commit.
 */
public final class LuceneStore implements Store {

    private final StandpointHome home;
    private final Path indexDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = LuceneDocuments.facetsConfig();
    private final String version;
    private final String analyser;
    private final String encoder;
    private final QueryFactory queries;
    private final HybridSearcher hybrid = new HybridSearcher(Fields.VECTOR);
    private DirectoryReader readOnly;

    private LuceneStore(StandpointHome home, Path indexDir, boolean write, String version, String analyser,
                        String encoder) {
        this.home = home.create();
        this.indexDir = indexDir;
        this.version = version;
        this.analyser = analyser;
        this.queries = new QueryFactory(Analyzers.perField());
        try {
            this.directory = FSDirectory.open(indexDir);
            this.encoder = encoder(encoder);
            if (write) {
                IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField())
                        .setSimilarity(Analyzers.similarity())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(128)
                        .setCommitOnClose(false);
                this.writer = new IndexWriter(directory, cfg);
                if (!DirectoryReader.indexExists(directory)) {
                    writer.commit();
                }
                this.searchers = new SearcherManager(writer, new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                     org.apache.lucene.index.IndexReader previous) {
                        return searcher(reader);
                    }
                });
            } else {
                this.writer = null;
                this.searchers = null;
                this.readOnly = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
            }
        } catch (LockObtainFailedException e) {
            throw new StoreException("the index at " + indexDir + " is being written by another Standpoint "
                    + "process; wait for it to finish or stop it", e);
        } catch (IOException e) {
            throw new StoreException("cannot open the index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Opens (creating when absent) the index for reading and writing, keeping the encoder it already records. */
    public static LuceneStore open(StandpointHome home, String version, String analyser) {
        return open(home, version, analyser, "");
    }

    /**
     * Opens (creating when absent) the index for reading and writing sentence vectors made by {@code encoder}.
     *
     * @throws StoreException when the index holds vectors from another encoder (they cannot be compared)
     */
    public static LuceneStore open(StandpointHome home, String version, String analyser, String encoder) {
        return new LuceneStore(home, home.index(), true, version, analyser, encoder);
    }

    /** Opens (creating when absent) an index in another directory of the data directory, e.g. for a rebuild. */
    public static LuceneStore open(StandpointHome home, Path indexDir, String version, String analyser, String encoder) {
        return new LuceneStore(home, indexDir, true, version, analyser, encoder);
    }

    /** Opens the last commit of the index for reading only; an absent index reads as empty. */
    public static LuceneStore openReadOnly(StandpointHome home) {
        return new LuceneStore(home, home.index(), false, "", "", "");
    }

    /** The encoder recorded in the last commit, or the one asked for when the index has none yet. */
    private String encoder(String wanted) throws IOException {
        String recorded = DirectoryReader.indexExists(directory) ? readManifest().encoder() : "";
        if (!wanted.isEmpty() && !recorded.isEmpty() && !recorded.equals(wanted)) {
            throw new StoreException("the index at " + indexDir + " holds sentence vectors made by " + recorded
                    + ", not " + wanted + "; rebuild it with `standpoint reindex`");
        }
        return wanted.isEmpty() ? recorded : wanted;
    }

    private static IndexSearcher searcher(org.apache.lucene.index.IndexReader reader) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(Analyzers.similarity());
        return s;
    }

    @Override
    public boolean contains(String documentId) {
        return count(new TermQuery(new Term(Fields.DOC_ID, documentId))) > 0;
    }

    @Override
    public Optional<String> documentForFile(String fileHash) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(Fields.FILE_HASH, fileHash)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<String>empty();
            }
            return Optional.of(s.storedFields().document(top.scoreDocs[0].doc).get(Fields.DOC_ID));
        });
    }

    @Override
    public void add(AnalysedDocument document, String fileHash, SentenceVectors vectors) {
        requireWriter();
        if (vectors.size() > 0 && !vectors.encoder().equals(encoder)) {
            throw new IllegalArgumentException("vectors made by " + vectors.encoder() + " cannot go into an index of "
                    + (encoder.isEmpty() ? "no vectors (open it with the encoder's name)" : encoder + " vectors"));
        }
        try {
            writer.updateDocuments(new Term(Fields.DOC_ID, document.document().id()),
                    LuceneDocuments.block(document, fileHash, vectors, facetsConfig));
        } catch (IOException e) {
            throw new StoreException("cannot add " + document.document().source() + " to the index: " + e.getMessage(), e);
        }
    }

    @Override
    public Manifest commit() {
        requireWriter();
        try {
            searchers.maybeRefreshBlocking();
            Manifest m = new Manifest(version, analyser, encoder, countKind(Fields.KIND_DOCUMENT),
                    countKind(Fields.KIND_SENTENCE), Instant.now());
            writer.setLiveCommitData(ManifestCodec.toCommitData(m).entrySet());
            writer.commit();
            writeManifestFile(m);
            return m;
        } catch (IOException e) {
            throw new StoreException("cannot commit the index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    private void writeManifestFile(Manifest m) throws IOException {
        Path tmp = home.manifest().resolveSibling("manifest.json.tmp");
        Files.writeString(tmp, Json.pretty(m));
        Files.move(tmp, home.manifest(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public Optional<AnalysedDocument> document(String id) {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER).build();
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<AnalysedDocument>empty();
            }
            String json = s.storedFields().document(top.scoreDocs[0].doc).get(Fields.ANALYSED);
            return Optional.of(Json.read(json, AnalysedDocument.class));
        });
    }

    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        return withSearcher(s -> {
            Sort sort = new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
            TopDocs top = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), offset + limit, sort);
            List<DocumentSummary> out = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                out.add(Json.read(s.storedFields().document(top.scoreDocs[i].doc).get(Fields.SUMMARY),
                        DocumentSummary.class));
            }
            return out;
        });
    }

    /**
     * Sentences for a query, best first. With a query vector on an index that holds vectors, BM25 (with its boosts)
     * and the vector similarity are fused as the query's {@link dev.standpoint.index.search.Retrieval} says;
     * otherwise, or when the vector's length does not match the index's, BM25 alone ranks.
     */
    @Override
    public List<SentenceHit> search(SentenceQuery query) {
        float[] vector = encoder.isEmpty() || query.vector() == null || !dimensionsMatch(query.vector())
                ? null : query.vector();
        return withSearcher(s -> {
            List<ScoreDoc> top = hybrid.search(s, queries.sentences(query), queries.constraints(query), vector,
                    query.retrieval(), query.limit());
            List<SentenceHit> hits = new ArrayList<>(top.size());
            for (ScoreDoc sd : top) {
                hits.add(hit(s, sd));
            }
            return hits;
        });
    }

    @Override
    public List<SentenceHit> sentences(SearchFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1; got " + offset + ", " + limit);
        }
        return withSearcher(s -> {
            Query q = queries.filtered(new TermQuery(new Term(Fields.KIND, Fields.KIND_SENTENCE)), filter);
            Sort sort = new Sort(new SortField(Fields.DAY_SORT, SortField.Type.LONG, true),
                    new SortField(Fields.SID_SORT, SortField.Type.STRING));
            TopDocs top = s.search(q, offset + limit, sort);
            List<SentenceHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                hits.add(hit(s, top.scoreDocs[i]));
            }
            return hits;
        });
    }

    @Override
    public long count(SearchFilter filter) {
        return count(queries.filtered(new TermQuery(new Term(Fields.KIND, Fields.KIND_SENTENCE)), filter));
    }

    @Override
    public Map<String, float[]> vectors(Collection<String> sentenceIds) {
        if (encoder.isEmpty() || sentenceIds.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> {
            Map<String, float[]> out = new LinkedHashMap<>();
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            for (String id : sentenceIds) {
                TopDocs top = s.search(new TermQuery(new Term(Fields.SENTENCE_ID, id)), 1);
                if (top.scoreDocs.length == 0) {
                    continue;
                }
                int doc = top.scoreDocs[0].doc;
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
                int local = doc - leaf.docBase;
                if (values != null && values.advance(local) == local) {
                    out.put(id, values.vectorValue().clone());
                }
            }
            return out;
        });
    }

    private static SentenceHit hit(IndexSearcher s, ScoreDoc sd) throws IOException {
        org.apache.lucene.document.Document d = s.storedFields().document(sd.doc);
        DocumentSummary summary = Json.read(d.get(Fields.SUMMARY), DocumentSummary.class);
        AnalysedSentence sentence = Json.read(d.get(Fields.SENTENCE_JSON), AnalysedSentence.class);
        float score = Float.isNaN(sd.score) ? 0f : sd.score;
        return new SentenceHit(summary, sentence, d.get(Fields.CONTEXT_STORED), score);
    }

    @Override
    public Map<String, Long> facet(String dimension, SearchFilter filter, int limit) {
        return withSearcher(s -> {
            if (s.getIndexReader().maxDoc() == 0 || FieldInfos.getMergedFieldInfos(s.getIndexReader())
                    .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
                // No sentence carries a facet value yet: Lucene refuses to count a field that was never indexed.
                return Map.<String, Long>of();
            }
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(),
                    facetsConfig);
            Query q = queries.filtered(new TermQuery(new Term(Fields.KIND, Fields.KIND_SENTENCE)), filter);
            FacetsCollector fc = s.search(q, new FacetsCollectorManager());
            Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
            Map<String, Long> out = new LinkedHashMap<>();
            try {
                FacetResult r = facets.getTopChildren(limit, dimension);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        out.put(lv.label, lv.value.longValue());
                    }
                }
            } catch (IllegalArgumentException noSuchDimension) {
                return out;
            }
            return out;
        });
    }

    @Override
    public IndexStats stats() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            facets.put(dim, facet(dim, SearchFilter.NONE, 20));
        }
        long assessments = count(new TermQuery(new Term(Fields.ASSESSMENT, "true")));
        long forecasts = count(new TermQuery(new Term(Fields.FORECAST, "true")));
        return new IndexStats(countKind(Fields.KIND_DOCUMENT), countKind(Fields.KIND_SENTENCE), assessments, forecasts,
                facets, manifest());
    }

    private boolean dimensionsMatch(float[] v) {
        return withSearcher(s -> {
            for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
                org.apache.lucene.index.FieldInfo fi = leaf.reader().getFieldInfos().fieldInfo(Fields.VECTOR);
                if (fi != null && fi.getVectorDimension() > 0) {
                    return fi.getVectorDimension() == v.length;
                }
            }
            return true;
        });
    }

    /** The manifest of the last commit. */
    @Override
    public Manifest manifest() {
        try {
            return readManifest();
        } catch (IOException e) {
            throw new StoreException("cannot read the manifest of " + indexDir + ": " + e.getMessage(), e);
        }
    }

    private Manifest readManifest() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Manifest.EMPTY;
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return ManifestCodec.fromCommitData(r.getIndexCommit().getUserData());
        }
    }

    @Override
    public String encoder() {
        return encoder;
    }

    private long countKind(String kind) {
        return count(new TermQuery(new Term(Fields.KIND, kind)));
    }

    private long count(Query q) {
        return withSearcher(s -> (long) s.count(q));
    }

    private interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearchFunction<T> f) {
        try {
            if (searchers != null) {
                IndexSearcher s = searchers.acquire();
                try {
                    return f.apply(s);
                } finally {
                    searchers.release(s);
                }
            }
            if (readOnly == null) {
                return f.apply(searcher(new org.apache.lucene.index.MultiReader()));
            }
            return f.apply(searcher(readOnly));
        } catch (IOException e) {
            throw new UncheckedIOException("search in " + indexDir + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return indexDir.toString();
    }

    /**
     * Everything stored for one document — the analysed document, the hash of the file it was read from and its
     * sentence vectors — so that another store can be filled from this one without analysing or embedding again.
     */
    public Optional<StoredDocument> stored(String id) {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER).build();
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<StoredDocument>empty();
            }
            org.apache.lucene.document.Document d = s.storedFields().document(top.scoreDocs[0].doc);
            AnalysedDocument analysed = Json.read(d.get(Fields.ANALYSED), AnalysedDocument.class);
            return Optional.of(new StoredDocument(analysed, d.get(Fields.FILE_HASH), vectors(s, id)));
        });
    }

    /** The vectors of a document's sentences, read from the vector values of its sentence records. */
    private SentenceVectors vectors(IndexSearcher s, String id) throws IOException {
        if (encoder.isEmpty()) {
            return SentenceVectors.NONE;
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_SENTENCE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER)
                .add(new org.apache.lucene.search.FieldExistsQuery(Fields.VECTOR), BooleanClause.Occur.FILTER).build();
        Map<Integer, float[]> out = new LinkedHashMap<>();
        List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (ScoreDoc sd : s.search(q, Integer.MAX_VALUE, Sort.INDEXORDER).scoreDocs) {
            org.apache.lucene.index.LeafReaderContext leaf =
                    leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
            org.apache.lucene.index.FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (values != null && values.advance(sd.doc - leaf.docBase) == sd.doc - leaf.docBase) {
                String sid = s.storedFields().document(sd.doc).get(Fields.SENTENCE_ID);
                out.put(Integer.parseInt(sid.substring(sid.indexOf('#') + 1)), values.vectorValue().clone());
            }
        }
        return out.isEmpty() ? SentenceVectors.NONE : new SentenceVectors(encoder, out);
    }

    /** Makes additions since the last refresh visible to searches without committing them. */
    @Override
    public void refresh() {
        if (searchers != null) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new StoreException("cannot refresh the index: " + e.getMessage(), e);
            }
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the store was opened read-only");
        }
    }

    @Override
    public void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (readOnly != null) {
                readOnly.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the index at " + indexDir + ": " + e.getMessage(), e);
        }
    }
}
