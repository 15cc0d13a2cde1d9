package dev.standpoint.index.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ranking metrics as trec_eval computes them for BEIR: nDCG@k with graded gains, recall@k. */
public final class RetrievalMetrics {

    private RetrievalMetrics() {
    }

    /**
     * nDCG@k: {@code Σ grade / log2(rank + 1)} over the first k results, divided by the same sum for the ideal
     * ordering of the judged documents. A query without relevant documents scores 0.
     */
    public static double ndcg(List<String> ranking, Map<String, Integer> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += relevant.getOrDefault(ranking.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(relevant.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of the relevant documents among the first k results. */
    public static double recall(List<String> ranking, Map<String, Integer> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranking.stream().limit(k).filter(relevant::containsKey).count();
        return found / (double) relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
