package dev.standpoint.index.lucene;

import dev.standpoint.index.search.Candidate;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * BM25, dense or hybrid search over one index. A hybrid search takes the top candidates of each side (the lexical
 * query with its boosts, and an HNSW search for the query vector under the same constraints), completes the scores
 * each side is missing for the other's candidates (the lexical query scored on the dense candidates, the vector
 * similarity read for the lexical ones), and fuses them. Completing the scores lets a sentence found by meaning
 * keep its entity, dyad, holder and date boosts, and a sentence found by words keep its similarity. A candidate the
 * lexical query does not match must reach the retrieval's similarity floor: nearest neighbours always exist, but
 * for a question about nothing in the index they are not answers.
 */
final class HybridSearcher {

    private final String vectorField;

    HybridSearcher(String vectorField) {
        this.vectorField = vectorField;
    }

    /**
     * @param lexical the lexical query, constraints included
     * @param filter  the constraints alone, for the dense side ({@code null}: none)
     * @param vector  the query vector; {@code null} searches BM25 alone
     */
    List<ScoreDoc> search(IndexSearcher s, Query lexical, Query filter, float[] vector, Retrieval r, int limit)
            throws IOException {
        if (r.mode() == Retrieval.Mode.BM25 || vector == null) {
            return List.of(s.search(lexical, limit).scoreDocs);
        }
        int depth = Math.max(limit, r.depth());
        double floor = (1 + r.floor()) / 2;
        if (r.mode() == Retrieval.Mode.DENSE) {
            return List.of(dense(s, filter, vector, depth)).stream().filter(d -> d.score >= floor).limit(limit)
                    .toList();
        }
        List<Candidate<Integer>> found = new ArrayList<>();
        for (Candidate<Integer> c : candidates(s, lexical, filter, vector, depth)) {
            if (c.hasLexical() || c.dense() >= floor) {
                found.add(c);
            }
        }
        return fuse(found, r.fusion(), limit);
    }

    /**
     * The top {@code depth} candidates of each side with both their scores, for a hybrid search; fuse them with
     * {@link #fuse}. Benchmarks keep them to try several fusions without searching again. Dense scores are on
     * Lucene's scale, {@code (1 + cosine) / 2} for unit vectors; candidates below a similarity floor are still here.
     */
    List<Candidate<Integer>> candidates(IndexSearcher s, Query lexical, Query filter, float[] vector, int depth)
            throws IOException {
        ScoreDoc[] dense = dense(s, filter, vector, depth);
        ScoreDoc[] words = s.search(lexical, depth).scoreDocs;
        Map<Integer, double[]> scores = new LinkedHashMap<>();
        for (ScoreDoc d : words) {
            scores.put(d.doc, new double[] {d.score, Double.NaN});
        }
        for (ScoreDoc d : dense) {
            scores.computeIfAbsent(d.doc, k -> new double[] {Double.NaN, Double.NaN})[1] = d.score;
        }
        complete(s, lexical, vector, scores);
        List<Candidate<Integer>> out = new ArrayList<>(scores.size());
        scores.forEach((doc, v) -> out.add(new Candidate<>(doc, v[0], v[1])));
        return out;
    }

    private ScoreDoc[] dense(IndexSearcher s, Query filter, float[] vector, int depth) throws IOException {
        return s.search(new KnnFloatVectorQuery(vectorField, vector, depth, withVectors(filter)), depth).scoreDocs;
    }

    /**
     * The constraints, narrowed to candidates that have a vector: when none does (questions, in an index of embedded
     * claims), the HNSW search ends at once instead of walking the graph for a match it cannot find.
     */
    private Query withVectors(Query filter) {
        if (filter == null) {
            return null;
        }
        return new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(vectorField), BooleanClause.Occur.FILTER).build();
    }

    /** The best {@code limit} candidates by their fused score. */
    static List<ScoreDoc> fuse(List<Candidate<Integer>> candidates, Fusion fusion, int limit) {
        List<Fusion.Fused<Integer>> fused = fusion.fuse(candidates);
        List<ScoreDoc> out = new ArrayList<>(Math.min(limit, fused.size()));
        for (Fusion.Fused<Integer> f : fused.subList(0, Math.min(limit, fused.size()))) {
            out.add(new ScoreDoc(f.key(), (float) f.score()));
        }
        return out;
    }

    /** Fills in the lexical score of dense-only candidates and the similarity of lexical-only ones. */
    private void complete(IndexSearcher s, Query lexical, float[] vector, Map<Integer, double[]> scores)
            throws IOException {
        int[] docs = scores.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        Weight weight = s.createWeight(s.rewrite(lexical), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            int end = i;
            while (end < docs.length && docs[end] < leaf.docBase + leaf.reader().maxDoc()) {
                end++;
            }
            completeLeaf(leaf, weight, vector, docs, i, end, scores);
            i = end;
        }
    }

    private void completeLeaf(LeafReaderContext leaf, Weight weight, float[] vector, int[] docs, int from, int to,
                              Map<Integer, double[]> scores) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(vectorField);
        FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(vectorField);
        for (int k = from; k < to; k++) {
            int local = docs[k] - leaf.docBase;
            double[] v = scores.get(docs[k]);
            if (Double.isNaN(v[0]) && scorer != null && advance(scorer.iterator(), local)) {
                v[0] = scorer.score();
            }
            if (Double.isNaN(v[1]) && vectors != null && advance(vectors, local)) {
                v[1] = info.getVectorSimilarityFunction().compare(vector, vectors.vectorValue());
            }
        }
    }

    private static boolean advance(DocIdSetIterator it, int target) throws IOException {
        int at = it.docID();
        if (at < target) {
            at = it.advance(target);
        }
        return at == target;
    }
}
