package dev.standpoint.solr;

import dev.standpoint.index.search.Candidate;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * BM25, dense or hybrid search over a collection, step for step as the embedded store's {@code HybridSearcher}: the
 * top candidates of the lexical query and of a kNN search under the same constraints, each side's missing score
 * completed for the other's candidates (the lexical query run on the dense-only candidates, the vector similarity
 * on the lexical-only ones), a similarity floor for candidates found by meaning alone, and the same {@link Fusion}.
 *
 * <p>{@code topK} of Solr's {@code knn} parser applies per shard, so the dense side asks every shard for the depth
 * and keeps the best {@code depth} of the merged list ({@code rows}). Vector scores are Lucene's, {@code (1 + dot) / 2}
 * for unit vectors, as in the embedded store.
 */
final class SolrHybridSearch {

    /** A hit: a record id and its score. */
    record Scored(String id, float score) {
    }

    private final SolrCluster cluster;

    SolrHybridSearch(SolrCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * @param lexical the scoring query (Solr standard syntax)
     * @param filters the constraints, as filter queries (they also pre-filter the kNN search)
     * @param vector  the query vector; {@code null} searches BM25 alone
     */
    List<Scored> search(String lexical, List<String> filters, float[] vector, Retrieval r, int limit) {
        if (r.mode() == Retrieval.Mode.BM25 || vector == null) {
            return lexical(lexical, filters, limit, null);
        }
        int depth = Math.max(limit, r.depth());
        double floor = (1 + r.floor()) / 2;
        if (r.mode() == Retrieval.Mode.DENSE) {
            return dense(filters, vector, depth, null).stream().filter(s -> s.score() >= floor).limit(limit).toList();
        }
        List<Candidate<String>> found = new ArrayList<>();
        for (Candidate<String> c : candidates(lexical, filters, vector, depth)) {
            if (c.hasLexical() || c.dense() >= floor) {
                found.add(c);
            }
        }
        List<Fusion.Fused<String>> fused = r.fusion().fuse(found);
        List<Scored> out = new ArrayList<>(Math.min(limit, fused.size()));
        for (Fusion.Fused<String> f : fused.subList(0, Math.min(limit, fused.size()))) {
            out.add(new Scored(f.key(), (float) f.score()));
        }
        return out;
    }

    /** The top {@code depth} candidates of each side with both their scores (lexical ones first, in rank order). */
    List<Candidate<String>> candidates(String lexical, List<String> filters, float[] vector, int depth) {
        List<Scored> dense = dense(filters, vector, depth, null);
        List<Scored> words = lexical(lexical, filters, depth, null);
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (Scored s : words) {
            scores.put(s.id(), new double[] {s.score(), Double.NaN});
        }
        for (Scored s : dense) {
            scores.computeIfAbsent(s.id(), k -> new double[] {Double.NaN, Double.NaN})[1] = s.score();
        }
        List<String> needLexical = new ArrayList<>();
        List<String> needDense = new ArrayList<>();
        scores.forEach((id, v) -> (Double.isNaN(v[0]) ? needLexical : needDense).add(id));
        needDense.removeIf(id -> !Double.isNaN(scores.get(id)[1]));
        if (!needLexical.isEmpty()) {
            for (Scored s : lexical(lexical, filters, needLexical.size(), needLexical)) {
                scores.get(s.id())[0] = s.score();
            }
        }
        if (!needDense.isEmpty()) {
            for (Scored s : similarity(filters, vector, needDense)) {
                scores.get(s.id())[1] = s.score();
            }
        }
        List<Candidate<String>> out = new ArrayList<>(scores.size());
        scores.forEach((id, v) -> out.add(new Candidate<>(id, v[0], v[1])));
        return out;
    }

    private List<Scored> lexical(String q, List<String> filters, int rows, List<String> only) {
        ModifiableSolrParams p = params(q, filters, rows);
        if (only != null) {
            p.add("fq", SolrQueries.ids(SolrDocuments.ID, only));
        }
        return scored("lexical search", p);
    }

    private List<Scored> dense(List<String> filters, float[] vector, int depth, List<String> only) {
        ModifiableSolrParams p = params("{!knn f=" + SolrDocuments.VECTOR + " topK=" + depth + "}" + vector(vector),
                filters, depth);
        p.add("fq", SolrQueries.term(SolrDocuments.HAS_VECTOR, "true"));
        return scored("vector search", p);
    }

    /** The exact similarity of the query vector to each of {@code ids} that has a vector. */
    private List<Scored> similarity(List<String> filters, float[] vector, List<String> ids) {
        ModifiableSolrParams p = params("{!vectorSimilarity f=" + SolrDocuments.VECTOR + " minReturn=0 minTraverse=0}"
                + vector(vector), filters, ids.size());
        p.add("fq", SolrQueries.term(SolrDocuments.HAS_VECTOR, "true"));
        p.add("fq", SolrQueries.ids(SolrDocuments.ID, ids));
        return scored("vector similarity", p);
    }

    private static ModifiableSolrParams params(String q, List<String> filters, int rows) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("defType", "lucene");
        p.set("q.op", "OR");
        for (String f : filters) {
            p.add("fq", f);
        }
        p.set("rows", rows);
        p.set("fl", SolrDocuments.ID + ",score");
        return p;
    }

    private List<Scored> scored(String what, ModifiableSolrParams p) {
        List<Scored> out = new ArrayList<>();
        for (SolrDocument d : cluster.query(what, p).getResults()) {
            out.add(new Scored((String) d.getFirstValue(SolrDocuments.ID), ((Number) d.getFirstValue("score")).floatValue()));
        }
        return out;
    }

    static String vector(float[] v) {
        StringBuilder b = new StringBuilder(v.length * 12).append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(v[i]);
        }
        return b.append(']').toString();
    }
}
