package dev.standpoint.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses the lexical and dense scores of a set of candidates into one score per candidate. A candidate may lack
 * either score (no lexical match, no vector); it then gets nothing from that side.
 */
public sealed interface Fusion permits Fusion.Rrf, Fusion.Linear {

    /** Reciprocal-rank fusion with the customary k = 60. */
    Fusion RRF = new Rrf(60);

    /**
     * Convex combination of BM25 divided by its best and the dense similarity measured from the floor
     * ({@link Normalisation#ABOVE_FLOOR}), with the weight tuned on the SciFact training queries (see
     * {@code docs/evaluation.md}). Dividing BM25 by its best keeps its ratios, so that an answer's "drop hits below
     * a fraction of the best" means for fused scores what it meant for BM25; measuring the dense side from the floor
     * keeps sentences that only share the question's subject below that cut. Max normalisation of both sides scores
     * 0.006 nDCG@10 more on SciFact but let an answer cite every sentence on the subject.
     */
    Fusion LINEAR = new Linear(0.30, Normalisation.ABOVE_FLOOR);

    /** The candidates with their fused scores, best first; ties keep the candidates' order. */
    <K> List<Fused<K>> fuse(List<Candidate<K>> candidates);

    /** How {@link Linear} puts the two sides' scores on one scale. */
    enum Normalisation {
        /** {@code (s - min) / (max - min)} over the candidates: the worst candidate of each side counts 0. */
        MIN_MAX,
        /**
         * {@code s / max}: scores keep their ratios to the best (as BM25's do when an answer drops hits below a
         * fraction of the best), the theoretical minimum 0 of both sides' Lucene scores counting 0.
         */
        MAX,
        /**
         * Lexical scores {@code s / max}; dense scores measured from the similarity floor,
         * {@code (s - floor) / (max - floor)}, clamped at 0, the floor being {@link Retrieval#DEFAULT_FLOOR} on
         * Lucene's {@code (1 + cosine) / 2} scale. Sentences on one subject all lie close to the best cosine, so
         * dividing by the best alone leaves every one of them near 1 and an answer's relative cut-off keeps them all;
         * measured from the floor, a sentence that merely shares the subject scores low and one that says what the
         * question asks scores high.
         */
        ABOVE_FLOOR
    }

    /** A short name for reports: {@code rrf(k=60)}, {@code linear(dense=0.50)}. */
    String label();

    /** A candidate and its fused score. */
    record Fused<K>(K key, double score) {
    }

    /**
     * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, 2009): each ranking in which a candidate appears adds
     * {@code 1 / (k + rank)}, rank counted from 1. Needs no score calibration, only ranks.
     */
    record Rrf(int k) implements Fusion {

        public Rrf {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1; got " + k);
            }
        }

        @Override
        public <K> List<Fused<K>> fuse(List<Candidate<K>> candidates) {
            Map<Integer, Double> score = new HashMap<>();
            addRanks(candidates, score, Candidate::hasLexical, Candidate::lexical);
            addRanks(candidates, score, Candidate::hasDense, Candidate::dense);
            return sorted(candidates, i -> score.getOrDefault(i, 0.0));
        }

        private void addRanks(List<? extends Candidate<?>> candidates, Map<Integer, Double> score,
                              java.util.function.Predicate<Candidate<?>> has,
                              java.util.function.ToDoubleFunction<Candidate<?>> value) {
            List<Integer> ranked = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (has.test(candidates.get(i))) {
                    ranked.add(i);
                }
            }
            ranked.sort(Comparator.comparingDouble((Integer i) -> -value.applyAsDouble(candidates.get(i))));
            for (int r = 0; r < ranked.size(); r++) {
                score.merge(ranked.get(r), 1.0 / (k + r + 1), Double::sum);
            }
        }

        @Override
        public String label() {
            return "rrf(k=" + k + ")";
        }
    }

    /**
     * {@code (1 - w) · lexical' + w · dense'}, where each score is normalised over the candidates that have it (a
     * missing score counts as 0; when all present scores are equal they count as 1). When no candidate has a score
     * of one side (no vectors among them), the other side counts alone, so that scores stay on one scale.
     *
     * @param denseWeight   w, in [0, 1]: 0 is BM25 alone, 1 dense alone
     * @param normalisation how each side's scores are normalised
     */
    record Linear(double denseWeight, Normalisation normalisation) implements Fusion {

        public Linear {
            if (!(denseWeight >= 0 && denseWeight <= 1)) {
                throw new IllegalArgumentException("the dense weight must be between 0 and 1; got " + denseWeight);
            }
            if (normalisation == null) {
                throw new IllegalArgumentException("the normalisation is required");
            }
        }

        /** Min-max normalisation. */
        public Linear(double denseWeight) {
            this(denseWeight, Normalisation.MIN_MAX);
        }

        @Override
        public <K> List<Fused<K>> fuse(List<Candidate<K>> candidates) {
            double[] lex = normalised(candidates, Candidate::hasLexical, Candidate::lexical, zeroOf(false));
            double[] dense = normalised(candidates, Candidate::hasDense, Candidate::dense, zeroOf(true));
            boolean anyLex = candidates.stream().anyMatch(Candidate::hasLexical);
            boolean anyDense = candidates.stream().anyMatch(Candidate::hasDense);
            double w = !anyDense ? 0 : !anyLex ? 1 : denseWeight;
            return sorted(candidates, i -> (1 - w) * lex[i] + w * dense[i]);
        }

        /**
         * The score that counts 0 on one side: {@code NaN} for the worst candidate (min-max), Lucene's theoretical
         * minimum 0 (max), or the similarity floor on Lucene's dense scale (above floor, dense side only).
         */
        private double zeroOf(boolean dense) {
            return switch (normalisation) {
                case MIN_MAX -> Double.NaN;
                case MAX -> 0;
                case ABOVE_FLOOR -> dense ? (1 + Retrieval.DEFAULT_FLOOR) / 2 : 0;
            };
        }

        /** Each candidate's score of one side as {@code (s - zero) / (max - zero)}, at least 0; 0 when it has none. */
        private static <K> double[] normalised(List<Candidate<K>> candidates,
                                               java.util.function.Predicate<Candidate<K>> has,
                                               java.util.function.ToDoubleFunction<Candidate<K>> value, double zero) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Candidate<K> c : candidates) {
                if (has.test(c)) {
                    min = Math.min(min, value.applyAsDouble(c));
                    max = Math.max(max, value.applyAsDouble(c));
                }
            }
            // A floor above every score leaves nothing above it; a fixed zero below the worst keeps the ratios.
            boolean floor = !Double.isNaN(zero) && zero > 0;
            double from = Double.isNaN(zero) ? min : floor ? zero : Math.min(zero, min);
            double[] out = new double[candidates.size()];
            for (int i = 0; i < out.length; i++) {
                Candidate<K> c = candidates.get(i);
                if (has.test(c)) {
                    out[i] = max > from ? Math.max(0, (value.applyAsDouble(c) - from) / (max - from)) : floor ? 0.0 : 1.0;
                }
            }
            return out;
        }

        @Override
        public String label() {
            return String.format(java.util.Locale.ROOT, "linear(dense=%.2f%s)", denseWeight,
                    normalisation == Normalisation.MAX ? ", max" : normalisation == Normalisation.ABOVE_FLOOR ? ", above floor" : "");
        }
    }

    private static <K> List<Fused<K>> sorted(List<Candidate<K>> candidates, java.util.function.IntToDoubleFunction score) {
        List<Fused<K>> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            out.add(new Fused<>(candidates.get(i).key(), score.applyAsDouble(i)));
        }
        out.sort(Comparator.comparingDouble((Fused<K> f) -> -f.score()));
        return out;
    }
}
