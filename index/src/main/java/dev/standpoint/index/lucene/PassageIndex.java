package dev.standpoint.index.lucene;

import dev.standpoint.index.StoreException;
import dev.standpoint.index.search.Candidate;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A flat index of passages (an id, a text, an optional vector) with the store's analysis chain, BM25 parameters,
 * vector similarity and hybrid search, for retrieval benchmarks such as BEIR's SciFact: what it measures is what
 * the store runs. Build it with {@link #build}, search it after, close it when done.
 */
public final class PassageIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String VECTOR = "vector";

    /** A passage to index; {@code vector} may be null. */
    public record Passage(String id, String text, float[] vector) {
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder(Analyzers.english());
    private final HybridSearcher hybrid = new HybridSearcher(VECTOR);

    private PassageIndex(Directory directory, Similarity similarity) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
    }

    /** The store's BM25 parameters, {@code k1} and {@code b}. */
    public static float[] storeBm25() {
        return new float[] {Analyzers.BM25_K1, Analyzers.BM25_B};
    }

    /** Indexes the passages into a fresh index in {@code dir} (one segment, as a benchmark wants it stable). */
    public static PassageIndex build(Path dir, List<Passage> passages) {
        return build(dir, passages, Analyzers.BM25_K1, Analyzers.BM25_B);
    }

    /** As {@link #build(Path, List)}, with other BM25 parameters than the store's, for comparison. */
    public static PassageIndex build(Path dir, List<Passage> passages, float k1, float b) {
        Similarity similarity = new BM25Similarity(k1, b);
        try {
            Directory d = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.english()).setSimilarity(similarity)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
            try (IndexWriter w = new IndexWriter(d, cfg)) {
                for (Passage p : passages) {
                    Document doc = new Document();
                    doc.add(new StringField(ID, p.id(), Field.Store.YES));
                    doc.add(new TextField(TEXT, p.text(), Field.Store.NO));
                    if (p.vector() != null) {
                        doc.add(new KnnFloatVectorField(VECTOR, p.vector(), LuceneDocuments.VECTOR_SIMILARITY));
                    }
                    w.addDocument(doc);
                }
                w.forceMerge(1);
            }
            return new PassageIndex(d, similarity);
        } catch (IOException e) {
            throw new StoreException("cannot build the passage index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The ids of the best passages for a query, best first; {@code vector} may be null for BM25. */
    public List<String> search(String text, float[] vector, Retrieval retrieval, int limit) {
        try {
            return ids(hybrid.search(searcher, lexical(text), null, vector, retrieval, limit));
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    /** The candidates of a hybrid search, to be ranked by {@link #rank} under several fusions. */
    public List<Candidate<Integer>> candidates(String text, float[] vector, int depth) {
        try {
            return hybrid.candidates(searcher, lexical(text), null, vector, depth);
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    /** The ids of the best {@code limit} candidates under {@code fusion}: what {@link #search} returns. */
    public List<String> rank(List<Candidate<Integer>> candidates, Fusion fusion, int limit) {
        try {
            return ids(HybridSearcher.fuse(candidates, fusion, limit));
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    private Query lexical(String text) {
        Query lexical = queries.createBooleanQuery(TEXT, text);
        return lexical == null ? new MatchNoDocsQuery() : lexical;
    }

    private List<String> ids(List<ScoreDoc> top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(top.size());
        for (ScoreDoc sd : top) {
            ids.add(stored.document(sd.doc).get(ID));
        }
        return ids;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the passage index: " + e.getMessage(), e);
        }
    }
}
