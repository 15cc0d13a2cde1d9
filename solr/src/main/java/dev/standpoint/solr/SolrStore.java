package dev.standpoint.solr;

import static dev.standpoint.solr.SolrDocuments.*;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.Manifest;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.SentenceVectors;
import dev.standpoint.index.Store;
import dev.standpoint.index.StoreException;
import dev.standpoint.index.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A {@link Store} in a SolrCloud collection, for when one machine is not enough: the same records, analysis, BM25
 * parameters, vectors and hybrid search as the embedded Lucene store, spread over shards and replicas.
 *
 * <p>A Standpoint document is one Solr block — its document record with a child record per sentence — sent in one
 * update. Solr routes a block by its root id, so it lives whole on one shard; each replica writes it with one
 * {@code updateDocuments} (all or nothing), and a block with the same id replaces the old one as a whole. Ids are
 * content hashes, so a block sent twice (a retry after a node failed mid-request) is still one document.
 *
 * <p>Additions are buffered and sent in batches (each block still whole); {@link #commit()} sends the rest, records
 * the manifest and makes everything durable and visible. Until then the buffer answers {@link #contains} and
 * {@link #documentForFile}, as the embedded writer does for documents not yet committed. Requests that fail for a
 * reason that passes are retried ({@link SolrCluster}).
 */
public final class SolrStore implements Store {

    /** The id of the manifest record. */
    static final String MANIFEST_ID = "standpoint-manifest";
    /** The length of the vectors the schema's {@code vector} field holds (MiniLM's). */
    static final int DIMENSIONS = 384;
    /** Blocks and records per update request. */
    private static final int BATCH_DOCUMENTS = 32;
    private static final int BATCH_RECORDS = 4_000;

    private final SolrCluster cluster;
    private final SolrHybridSearch hybrid;
    private final String version;
    private final String analyser;
    private final String encoder;
    private final boolean write;
    private final Object lock = new Object();
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private final Map<String, String> pendingByFile = new HashMap<>();
    private final Map<String, Boolean> pendingIds = new HashMap<>();
    private int pendingRecords;

    private SolrStore(SolrCluster cluster, boolean write, String version, String analyser, String encoder) {
        this.cluster = cluster;
        this.hybrid = new SolrHybridSearch(cluster);
        this.write = write;
        this.version = version;
        this.analyser = analyser;
        if (!cluster.hasCollection(cluster.collection())) {
            throw new StoreException("SolrCloud at " + cluster.location().zkAddress() + " has no collection '"
                    + cluster.collection() + "'; create it with `standpoint solr create --store " + cluster.location() + "`");
        }
        String recorded = recordedManifest().encoder();
        if (!encoder.isEmpty() && !recorded.isEmpty() && !recorded.equals(encoder)) {
            throw new StoreException("the collection " + cluster.location() + " holds sentence vectors made by "
                    + recorded + ", not " + encoder + "; copy the documents into a fresh collection");
        }
        this.encoder = encoder.isEmpty() ? recorded : encoder;
    }

    /**
     * Opens the collection for reading and writing, with vectors made by {@code encoder} ({@code ""}: keep the
     * encoder the collection records).
     *
     * @throws StoreException when the cluster cannot be reached, the collection does not exist, or it holds vectors
     *                        of another encoder
     */
    public static SolrStore open(StoreLocation location, String version, String analyser, String encoder) {
        return open(location, true, version, analyser, encoder);
    }

    /** Opens the collection for reading only. */
    public static SolrStore openReadOnly(StoreLocation location) {
        return open(location, false, "", "", "");
    }

    private static SolrStore open(StoreLocation location, boolean write, String version, String analyser,
                                  String encoder) {
        SolrCluster cluster = SolrCluster.connect(location);
        try {
            return new SolrStore(cluster, write, version, analyser, encoder);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public boolean contains(String documentId) {
        synchronized (lock) {
            if (pendingIds.containsKey(documentId)) {
                return true;
            }
        }
        // Real-time get sees every document the cluster has accepted, committed or not.
        return cluster.call("looking up document " + documentId,
                () -> cluster.client().getById(cluster.collection(), documentId)) != null;
    }

    @Override
    public Optional<String> documentForFile(String fileHash) {
        synchronized (lock) {
            String id = pendingByFile.get(fileHash);
            if (id != null) {
                return Optional.of(id);
            }
        }
        ModifiableSolrParams p = params("*:*", 1, ID);
        p.add("fq", SolrQueries.term(KIND, KIND_DOCUMENT));
        p.add("fq", SolrQueries.term(FILE_HASH, fileHash));
        return cluster.query("looking up a file hash", p).getResults().stream()
                .map(d -> (String) d.getFirstValue(ID)).findFirst();
    }

    @Override
    public void add(AnalysedDocument document, String fileHash, SentenceVectors vectors) {
        requireWriter();
        if (vectors.size() > 0 && !vectors.encoder().equals(encoder)) {
            throw new IllegalArgumentException("vectors made by " + vectors.encoder() + " cannot go into a collection of "
                    + (encoder.isEmpty() ? "no vectors (open it with the encoder's name)" : encoder + " vectors"));
        }
        SolrInputDocument block = SolrDocuments.block(document, fileHash, vectors);
        List<SolrInputDocument> batch = null;
        synchronized (lock) {
            pending.add(block);
            pendingIds.put(document.document().id(), Boolean.TRUE);
            if (fileHash != null) {
                pendingByFile.put(fileHash, document.document().id());
            }
            pendingRecords += 1 + block.getChildDocumentCount();
            if (pending.size() >= BATCH_DOCUMENTS || pendingRecords >= BATCH_RECORDS) {
                batch = takePending();
            }
        }
        if (batch != null) {
            send(batch);
        }
    }

    private List<SolrInputDocument> takePending() {
        List<SolrInputDocument> batch = new ArrayList<>(pending);
        pending.clear();
        pendingRecords = 0;
        return batch;
    }

    /** Sends blocks (retried as a whole: a block sent twice replaces itself) and forgets them from the buffer. */
    private void send(List<SolrInputDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        UpdateRequest request = new UpdateRequest();
        request.add(batch);
        cluster.call("adding " + batch.size() + " document(s)", () -> request.process(cluster.client(), cluster.collection()));
        synchronized (lock) {
            for (SolrInputDocument d : batch) {
                String id = (String) d.getFieldValue(ID);
                if (pending.stream().noneMatch(x -> id.equals(x.getFieldValue(ID)))) {
                    pendingIds.remove(id);
                    Object hash = d.getFieldValue(FILE_HASH);
                    if (hash != null && id.equals(pendingByFile.get((String) hash))) {
                        pendingByFile.remove((String) hash);
                    }
                }
            }
        }
    }

    private void flush() {
        List<SolrInputDocument> batch;
        synchronized (lock) {
            batch = takePending();
        }
        send(batch);
    }

    @Override
    public Manifest commit() {
        requireWriter();
        flush();
        Instant now = Instant.now();
        SolrInputDocument m = new SolrInputDocument();
        m.setField(ID, MANIFEST_ID);
        m.setField(KIND, KIND_MANIFEST);
        m.setField("m_version", version);
        m.setField("m_analyser", analyser);
        m.setField("m_encoder", encoder);
        m.setField("m_committed", now.toString());
        UpdateRequest request = new UpdateRequest();
        request.add(m);
        request.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        cluster.call("committing", () -> request.process(cluster.client(), cluster.collection()));
        return new Manifest(version, analyser, encoder, countKind(KIND_DOCUMENT), countKind(KIND_SENTENCE), now);
    }

    /** Sends what is buffered and opens a new searcher (a soft commit: visible, durable through the update log). */
    @Override
    public void refresh() {
        flush();
        UpdateRequest request = new UpdateRequest();
        request.setAction(UpdateRequest.ACTION.COMMIT, true, true, true);
        cluster.call("refreshing", () -> request.process(cluster.client(), cluster.collection()));
    }

    @Override
    public Optional<AnalysedDocument> document(String id) {
        SolrDocument d = cluster.call("reading document " + id, () -> cluster.client().getById(cluster.collection(), id));
        Object json = d == null ? null : d.getFirstValue(ANALYSED);
        return json == null ? Optional.empty() : Optional.of(Json.read((String) json, AnalysedDocument.class));
    }

    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        ModifiableSolrParams p = params("*:*", limit, SUMMARY);
        p.add("fq", SolrQueries.term(KIND, KIND_DOCUMENT));
        p.set("start", offset);
        p.set("sort", TITLE_SORT + " asc," + ID + " asc");
        List<DocumentSummary> out = new ArrayList<>();
        for (SolrDocument d : cluster.query("listing documents", p).getResults()) {
            out.add(Json.read((String) d.getFirstValue(SUMMARY), DocumentSummary.class));
        }
        return out;
    }

    @Override
    public List<SentenceHit> search(SentenceQuery query) {
        float[] vector = encoder.isEmpty() || query.vector() == null || query.vector().length != DIMENSIONS ? null : query.vector();
        List<SolrHybridSearch.Scored> top = hybrid.search(SolrQueries.lexical(query), SolrQueries.constraints(query),
                vector, query.retrieval(), query.limit());
        Map<String, SentenceHit> hits = fetch(top.stream().map(SolrHybridSearch.Scored::id).toList());
        List<SentenceHit> out = new ArrayList<>(top.size());
        for (SolrHybridSearch.Scored s : top) {
            SentenceHit h = hits.get(s.id());
            if (h != null) {
                out.add(new SentenceHit(h.document(), h.sentence(), h.context(), Float.isNaN(s.score()) ? 0f : s.score()));
            }
        }
        return out;
    }

    @Override
    public Map<String, float[]> vectors(java.util.Collection<String> sentenceIds) {
        if (encoder().isEmpty() || sentenceIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(sentenceIds);
        ModifiableSolrParams p = params("*:*", ids.size(), ID + "," + VECTOR);
        p.add("fq", SolrQueries.ids(ID, ids));
        Map<String, float[]> out = new HashMap<>();
        for (SolrDocument d : cluster.query("reading sentence vectors", p).getResults()) {
            java.util.Collection<Object> values = d.getFieldValues(VECTOR);
            if (values != null && !values.isEmpty()) {
                float[] v = new float[values.size()];
                int i = 0;
                for (Object o : values) {
                    v[i++] = ((Number) o).floatValue();
                }
                out.put((String) d.getFirstValue(ID), v);
            }
        }
        return out;
    }

    /** The stored fields of sentence records, by id. */
    private Map<String, SentenceHit> fetch(List<String> ids) {
        Map<String, SentenceHit> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        ModifiableSolrParams p = params("*:*", ids.size(), ID + "," + SUMMARY + "," + SENTENCE + "," + CONTEXT);
        p.add("fq", SolrQueries.ids(ID, ids));
        for (SolrDocument d : cluster.query("reading sentences", p).getResults()) {
            out.put((String) d.getFirstValue(ID), hit(d, 0f));
        }
        return out;
    }

    private static SentenceHit hit(SolrDocument d, float score) {
        DocumentSummary summary = Json.read((String) d.getFirstValue(SUMMARY), DocumentSummary.class);
        AnalysedSentence sentence = Json.read((String) d.getFirstValue(SENTENCE), AnalysedSentence.class);
        return new SentenceHit(summary, sentence, (String) d.getFirstValue(CONTEXT), score);
    }

    @Override
    public List<SentenceHit> sentences(SearchFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1; got " + offset + ", " + limit);
        }
        ModifiableSolrParams p = params("*:*", limit, ID + "," + SUMMARY + "," + SENTENCE + "," + CONTEXT);
        SolrQueries.sentences(filter).forEach(f -> p.add("fq", f));
        p.set("start", offset);
        p.set("sort", DAY_SORT + " desc," + SID_SORT + " asc");
        List<SentenceHit> out = new ArrayList<>();
        for (SolrDocument d : cluster.query("listing sentences", p).getResults()) {
            out.add(hit(d, 0f));
        }
        return out;
    }

    @Override
    public long count(SearchFilter filter) {
        return count(SolrQueries.sentences(filter));
    }

    private long count(List<String> filters) {
        ModifiableSolrParams p = params("*:*", 0, ID);
        filters.forEach(f -> p.add("fq", f));
        return cluster.query("counting", p).getResults().getNumFound();
    }

    private long countKind(String kind) {
        return count(List.of(SolrQueries.term(KIND, kind)));
    }

    @Override
    public Map<String, Long> facet(String dimension, SearchFilter filter, int limit) {
        if (!FACETS.contains(dimension)) {
            return Map.of();
        }
        return facets(List.of(dimension), filter, limit).getOrDefault(dimension, Map.of());
    }

    /** Counts per value of several dimensions in one request, most frequent first (ties by value). */
    private Map<String, Map<String, Long>> facets(List<String> dimensions, SearchFilter filter, int limit) {
        ModifiableSolrParams p = params("*:*", 0, ID);
        SolrQueries.sentences(filter).forEach(f -> p.add("fq", f));
        p.set("facet", true);
        p.set("facet.limit", limit);
        p.set("facet.mincount", 1);
        p.set("facet.sort", "count");
        for (String dim : dimensions) {
            p.add("facet.field", facetField(dim));
        }
        QueryResponse r = cluster.query("counting facets", p);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String dim : dimensions) {
            Map<String, Long> counts = new LinkedHashMap<>();
            FacetField f = r.getFacetField(facetField(dim));
            if (f != null && f.getValues() != null) {
                for (FacetField.Count c : f.getValues()) {
                    counts.put(c.getName(), c.getCount());
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    @Override
    public IndexStats stats() {
        Map<String, Map<String, Long>> facets = facets(FACETS, SearchFilter.NONE, 20);
        long assessments = count(List.of(SolrQueries.term(ASSESSMENT, "true")));
        long forecasts = count(List.of(SolrQueries.term(FORECAST, "true")));
        return new IndexStats(countKind(KIND_DOCUMENT), countKind(KIND_SENTENCE), assessments, forecasts, facets,
                manifest());
    }

    /** The manifest of the last commit, with the collection's counts as of now. */
    @Override
    public Manifest manifest() {
        Manifest m = recordedManifest();
        if (m.standpointVersion().isEmpty() && m.committed().equals(Instant.EPOCH)) {
            return m;
        }
        return new Manifest(m.standpointVersion(), m.analyser(), m.encoder(), countKind(KIND_DOCUMENT),
                countKind(KIND_SENTENCE), m.committed());
    }

    private Manifest recordedManifest() {
        SolrDocument d = cluster.call("reading the manifest", () -> cluster.client().getById(cluster.collection(), MANIFEST_ID));
        if (d == null) {
            return Manifest.EMPTY;
        }
        return new Manifest(string(d, "m_version"), string(d, "m_analyser"), string(d, "m_encoder"), 0, 0,
                Instant.parse(string(d, "m_committed")));
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? "" : v.toString();
    }

    @Override
    public String encoder() {
        return encoder;
    }

    @Override
    public String describe() {
        return cluster.location().toString();
    }

    /** Where the store is. */
    public StoreLocation location() {
        return cluster.location();
    }

    private static ModifiableSolrParams params(String q, int rows, String fl) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("rows", rows);
        p.set("fl", fl);
        return p;
    }

    private void requireWriter() {
        if (!write) {
            throw new IllegalStateException("the store was opened read-only");
        }
    }

    /** Disconnects; like the embedded writer's close, it does not commit, and what is still buffered is dropped. */
    @Override
    public void close() {
        synchronized (lock) {
            takePending();
            pendingIds.clear();
            pendingByFile.clear();
        }
        cluster.close();
    }
}
