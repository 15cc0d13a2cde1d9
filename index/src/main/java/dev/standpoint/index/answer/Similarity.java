package dev.standpoint.index.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two sentences are, for grouping assessments into key points: Jaccard overlap of their content words
 * (lower-cased, crudely singularised, stop words dropped). The hybrid-retrieval work replaces this with sentence
 * embeddings behind the same interface.
 */
public interface Similarity {

    double between(String a, String b);

    /** Word-overlap similarity. */
    Similarity LEXICAL = new Similarity() {
        private final Set<String> stop = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
                "for", "with", "by", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was",
                "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "could",
                "should", "may", "might", "can", "i", "we", "you", "he", "she", "they", "our", "their", "his", "her",
                "there", "so", "not", "no", "very", "more", "most", "some", "any", "all", "also", "just", "about",
                "what", "which", "who", "whom", "when", "where", "how", "think", "if", "than", "then", "into", "up",
                "out", "over", "s", "t", "don", "it's", "that's", "we're", "i'm", "they're");

        @Override
        public double between(String a, String b) {
            Set<String> x = words(a);
            Set<String> y = words(b);
            if (x.isEmpty() || y.isEmpty()) {
                return 0;
            }
            Set<String> inter = new HashSet<>(x);
            inter.retainAll(y);
            return inter.size() / (double) (x.size() + y.size() - inter.size());
        }

        private Set<String> words(String s) {
            Set<String> out = new HashSet<>();
            for (String w : List.of(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+"))) {
                if (w.length() > 1 && !stop.contains(w)) {
                    out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
                }
            }
            return out;
        }
    };
}
