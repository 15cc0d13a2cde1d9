package dev.standpoint.index.answer;

import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.Store;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike the sentences of an answer are, for grouping assessments into key points. Each measure carries the
 * level above which two sentences make the same point, since a cosine between sentence vectors and a word overlap
 * live on different scales.
 */
public interface Similarity {

    /**
     * The MiniLM cosine at or above which two assessments make the same point. Restatements of one judgement in other
     * words score about 0.55–0.65 with the quantised model, sentences that share only a subject 0.1–0.4 (checked
     * by reading the key points of the example questions; {@code SimilarityTest} pins one such pair).
     */
    double SAME_POINT_COSINE = 0.5;

    /** The pairwise similarities of the hits' sentences, in the order given. */
    Pairwise compare(List<SentenceHit> hits);

    /**
     * Pairwise similarities.
     *
     * @param values    symmetric matrix, {@code values[i][j]} for hits i and j
     * @param threshold the similarity at or above which two sentences make the same point
     * @param method    what measured them ({@code "embeddings"} or {@code "words"})
     */
    record Pairwise(double[][] values, double threshold, String method) {

        public boolean same(int i, int j) {
            return values[i][j] >= threshold;
        }
    }

    /** Jaccard overlap of content words (lower-cased, crudely singularised, stop words dropped). */
    Similarity LEXICAL = new Similarity() {
        @Override
        public Pairwise compare(List<SentenceHit> hits) {
            List<Set<String>> words = hits.stream().map(h -> Words.content(h.sentence().text())).toList();
            double[][] v = new double[hits.size()][hits.size()];
            for (int i = 0; i < v.length; i++) {
                v[i][i] = 1;
                for (int j = i + 1; j < v.length; j++) {
                    v[i][j] = v[j][i] = Words.jaccard(words.get(i), words.get(j));
                }
            }
            return new Pairwise(v, Words.SAME_POINT, "words");
        }
    };

    /**
     * Cosine similarity of the sentence vectors the store holds (MiniLM, unit length), when every hit has one; word
     * overlap otherwise (an index built without vectors, or with vectors for some sentences only), so that one answer
     * is never grouped on two scales.
     *
     * @param sameArgument the cosine at or above which two sentences make the same point
     */
    static Similarity stored(Store store, double sameArgument) {
        return hits -> {
            Map<String, float[]> vectors = store.vectors(hits.stream().map(SentenceHit::id).toList());
            if (hits.isEmpty() || vectors.size() < hits.size()) {
                return LEXICAL.compare(hits);
            }
            float[][] x = hits.stream().map(h -> vectors.get(h.id())).toArray(float[][]::new);
            double[][] v = new double[x.length][x.length];
            for (int i = 0; i < x.length; i++) {
                v[i][i] = 1;
                for (int j = i + 1; j < x.length; j++) {
                    double dot = 0;
                    for (int k = 0; k < x[i].length; k++) {
                        dot += x[i][k] * x[j][k];
                    }
                    v[i][j] = v[j][i] = dot;
                }
            }
            return new Pairwise(v, sameArgument, "embeddings");
        };
    }

    /** The word-overlap measure's parts. */
    final class Words {

        /** Jaccard overlap at which two sentences make the same point. */
        static final double SAME_POINT = 0.2;

        /** Function words: they say nothing of what a sentence is about. */
        static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
                "at", "for", "with", "by", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are",
                "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
                "could", "should", "may", "might", "can", "i", "we", "you", "he", "she", "they", "our", "their", "his",
                "her", "there", "so", "not", "no", "very", "more", "most", "some", "any", "all", "also", "just",
                "about", "what", "which", "who", "whom", "when", "where", "how", "think", "if", "than", "then", "into",
                "up", "out", "over", "s", "t", "don", "it's", "that's", "we're", "i'm", "they're", "against", "between",
                "among", "toward", "towards", "within", "without", "under", "after", "before", "during", "through",
                "me", "him", "them", "us", "my", "your", "because", "while", "whether", "why", "here");

        private Words() {
        }

        static Set<String> content(String s) {
            Set<String> out = new HashSet<>();
            for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
                if (w.length() > 1 && !STOP.contains(w)) {
                    out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
                }
            }
            return out;
        }

        static double jaccard(Set<String> x, Set<String> y) {
            if (x.isEmpty() || y.isEmpty()) {
                return 0;
            }
            Set<String> inter = new HashSet<>(x);
            inter.retainAll(y);
            return inter.size() / (double) (x.size() + y.size() - inter.size());
        }
    }
}
