package dev.standpoint.index.eval;

import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.lucene.PassageIndex;
import dev.standpoint.index.search.Candidate;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures retrieval on a BEIR collection with the store's own search code ({@link PassageIndex}): BM25 alone, dense
 * alone and both fusions, as nDCG@10 and recall@100. Document vectors are cached in {@code cacheDir}, keyed by the
 * collection's content and the encoder, so a second run does not embed again.
 */
public final class RetrievalEvaluator implements AutoCloseable {

    /** Candidates per side before fusion, as Anserini's {@code -hits 1000}. */
    public static final int DEPTH = 1000;

    /** Scores of one configuration on one split. */
    public record Scores(String configuration, double ndcg10, double recall100, int queries) {
    }

    private final BeirDataset data;
    private final Encoder encoder;
    private final PassageIndex index;
    private final Map<String, float[]> documentVectors;
    private final Map<String, float[]> queryVectors = new LinkedHashMap<>();
    private final Map<String, List<Candidate<Integer>>> candidates = new LinkedHashMap<>();

    /**
     * Embeds (or reads from the cache) every document and builds the index in {@code workDir}.
     *
     * @param encoder {@code null} for BM25 alone
     */
    public RetrievalEvaluator(BeirDataset data, Encoder encoder, Path workDir, Path cacheDir, int threads) {
        this(data, encoder, workDir, cacheDir, threads, PassageIndex.storeBm25());
    }

    /** As the other constructor, with BM25 parameters {@code {k1, b}} other than the store's. */
    public RetrievalEvaluator(BeirDataset data, Encoder encoder, Path workDir, Path cacheDir, int threads,
                              float[] bm25) {
        this.data = data;
        this.encoder = encoder;
        this.documentVectors = encoder == null ? Map.of()
                : Collections.unmodifiableMap(documentVectors(cacheDir, threads));
        List<PassageIndex.Passage> passages = new ArrayList<>(data.corpus().size());
        for (BeirDataset.Doc d : data.corpus()) {
            passages.add(new PassageIndex.Passage(d.id(), d.full(), documentVectors.get(d.id())));
        }
        this.index = PassageIndex.build(workDir, passages, bm25[0], bm25[1]);
    }

    /** The document vectors the index holds, by document id (empty for BM25 alone). */
    public Map<String, float[]> documentVectors() {
        return documentVectors;
    }

    /** nDCG@10 and recall@100 of one retrieval over the judged queries of {@code split}. */
    public Scores evaluate(String split, Retrieval retrieval, String label) {
        Map<String, Map<String, Integer>> qrels = data.qrels(split);
        embedQueries(qrels.keySet());
        double ndcg = 0;
        double recall = 0;
        for (Map.Entry<String, Map<String, Integer>> q : qrels.entrySet()) {
            List<String> ranking = ranking(q.getKey(), retrieval);
            ndcg += RetrievalMetrics.ndcg(ranking, q.getValue(), 10);
            recall += RetrievalMetrics.recall(ranking, q.getValue(), 100);
        }
        int n = qrels.size();
        return new Scores(label, ndcg / n, recall / n, n);
    }

    /**
     * The top 100 for a query. Hybrid rankings at the standard depth are fused from candidates kept per query, so
     * that tuning tries each fusion without searching again; the result is the same as the search's.
     */
    private List<String> ranking(String query, Retrieval retrieval) {
        String text = data.queries().get(query);
        float[] vector = queryVectors.get(query);
        if (retrieval.mode() != Retrieval.Mode.HYBRID || vector == null || retrieval.depth() != DEPTH) {
            return index.search(text, vector, retrieval, 100);
        }
        List<Candidate<Integer>> c = candidates.computeIfAbsent(query, q -> index.candidates(text, vector, DEPTH));
        double floor = (1 + retrieval.floor()) / 2;
        return index.rank(c.stream().filter(x -> x.hasLexical() || x.dense() >= floor).toList(), retrieval.fusion(),
                100);
    }

    /** The outcome of tuning: the best fusion, and the nDCG@10 of every one tried. */
    public record Tuning(Fusion best, Map<Fusion, Double> ndcg10) {
    }

    /** The fusion with the best nDCG@10 on {@code split} among the candidates given (the first on ties). */
    public Tuning tune(String split, List<Fusion> candidates) {
        Fusion best = null;
        double bestScore = -1;
        Map<Fusion, Double> all = new LinkedHashMap<>();
        for (Fusion f : candidates) {
            double s = evaluate(split, new Retrieval(Retrieval.Mode.HYBRID, f, DEPTH), f.label()).ndcg10();
            all.put(f, s);
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = f;
            }
        }
        return new Tuning(best, all);
    }

    private void embedQueries(java.util.Collection<String> ids) {
        if (encoder == null) {
            return;
        }
        List<String> missing = ids.stream().filter(id -> !queryVectors.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        float[][] v = encoder.embed(missing.stream().map(id -> data.queries().get(id)).toList());
        for (int i = 0; i < v.length; i++) {
            queryVectors.put(missing.get(i), v[i]);
        }
    }

    private Map<String, float[]> documentVectors(Path cacheDir, int threads) {
        Path cache = cacheDir.resolve("beir-" + key() + ".vectors");
        if (Files.isRegularFile(cache)) {
            Map<String, float[]> cached = readVectors(cache);
            if (cached.size() == data.corpus().size()) {
                return cached;
            }
        }
        Map<String, float[]> vectors = embedCorpus(threads);
        writeVectors(cache, vectors);
        return vectors;
    }

    private Map<String, float[]> embedCorpus(int threads) {
        List<BeirDataset.Doc> docs = data.corpus();
        int chunk = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<float[][]>> parts = new ArrayList<>();
            for (int from = 0; from < docs.size(); from += chunk) {
                List<String> texts = docs.subList(from, Math.min(docs.size(), from + chunk)).stream()
                        .map(BeirDataset.Doc::full).toList();
                parts.add(pool.submit(() -> encoder.embed(texts)));
            }
            Map<String, float[]> out = new LinkedHashMap<>();
            int i = 0;
            for (Future<float[][]> f : parts) {
                for (float[] v : f.get()) {
                    out.put(docs.get(i++).id(), v);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** SHA-256 of the encoder's name and every document, so a changed corpus or encoder misses the cache. */
    private String key() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(encoder.name().getBytes(StandardCharsets.UTF_8));
            for (BeirDataset.Doc d : data.corpus()) {
                md.update((d.id() + "\u0000" + d.full() + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static Map<String, float[]> readVectors(Path file) {
        Map<String, float[]> out = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            int dims = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                float[] v = new float[dims];
                for (int k = 0; k < dims; k++) {
                    v[k] = in.readFloat();
                }
                out.put(id, v);
            }
            return out;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static void writeVectors(Path file, Map<String, float[]> vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(vectors.size());
                out.writeInt(vectors.isEmpty() ? 0 : vectors.values().iterator().next().length);
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
