package dev.standpoint.index.eval.external;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The scores the external benchmarks share: detection of one class (precision, recall, F1 and accuracy), agreement
 * on a set of labels (accuracy, macro-F1, confusion), strict span matching (per type and micro-averaged) and the
 * majority baseline. Every score is a record of plain numbers, so {@code --json} prints it as is.
 */
public final class Scores {

    private Scores() {
    }

    /**
     * Detection of the positive class of a yes/no decision.
     *
     * @param n         items scored
     * @param tp        items both gold and predicted positive
     * @param fp        predicted positive, gold negative
     * @param fn        gold positive, predicted negative
     * @param precision {@code tp / (tp + fp)}, 0 when nothing was predicted
     * @param recall    {@code tp / (tp + fn)}, 0 when gold has no positive
     * @param f1        harmonic mean of precision and recall
     * @param accuracy  share of items decided right, either way
     */
    public record Binary(int n, int tp, int fp, int fn, double precision, double recall, double f1, double accuracy) {

        public static Binary of(int tp, int fp, int fn, int tn) {
            if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
                throw new IllegalArgumentException("counts must be non-negative; got tp=" + tp + ", fp=" + fp
                        + ", fn=" + fn + ", tn=" + tn);
            }
            int n = tp + fp + fn + tn;
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Binary(n, tp, fp, fn, p, r, f, n == 0 ? 0 : (tp + tn) / (double) n);
        }

        /** Scores paired decisions: {@code gold.get(i)} against {@code predicted.get(i)}. */
        public static Binary of(List<Boolean> gold, List<Boolean> predicted) {
            sameSize(gold, predicted);
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i);
                boolean p = predicted.get(i);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
                tn += !g && !p ? 1 : 0;
            }
            return of(tp, fp, fn, tn);
        }

        /** Every item predicted {@code answer}. */
        public static Binary constant(List<Boolean> gold, boolean answer) {
            return of(gold, gold.stream().map(g -> answer).toList());
        }
    }

    /**
     * Agreement on labels.
     *
     * @param n         items scored
     * @param accuracy  share of items whose predicted label equals the gold one
     * @param macroF1   the mean over {@code labels} of each label's F1
     * @param perLabel  each label's precision, recall and F1 (as a {@link Binary} of that label against the rest)
     * @param confusion gold label → predicted label → count
     */
    public record Labels(int n, double accuracy, double macroF1, Map<String, Binary> perLabel,
                         Map<String, Map<String, Integer>> confusion) {

        /**
         * @param labels the labels macro-F1 averages over, in display order; a predicted label outside them (say
         *               "none") counts as wrong for every one of them
         */
        public static Labels of(List<String> gold, List<String> predicted, List<String> labels) {
            sameSize(gold, predicted);
            Map<String, Binary> per = new LinkedHashMap<>();
            double sum = 0;
            for (String label : labels) {
                Binary b = Binary.of(gold.stream().map(label::equals).toList(),
                        predicted.stream().map(label::equals).toList());
                per.put(label, b);
                sum += b.f1();
            }
            int ok = 0;
            Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>(labels);
            predicted.stream().filter(p -> !columns.contains(p)).distinct().sorted().forEach(columns::add);
            for (String g : labels) {
                Map<String, Integer> row = new LinkedHashMap<>();
                columns.forEach(c -> row.put(c, 0));
                confusion.put(g, row);
            }
            for (int i = 0; i < gold.size(); i++) {
                ok += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
                confusion.computeIfAbsent(gold.get(i), k -> new LinkedHashMap<>()).merge(predicted.get(i), 1, Integer::sum);
            }
            int n = gold.size();
            return new Labels(n, n == 0 ? 0 : ok / (double) n, labels.isEmpty() ? 0 : sum / labels.size(), per,
                    confusion);
        }

        /** Every item labelled {@code answer}. */
        public static Labels constant(List<String> gold, String answer, List<String> labels) {
            return of(gold, gold.stream().map(g -> answer).toList(), labels);
        }
    }

    /** A typed span: where an entity stands (character offsets) and its type. */
    public record TypedSpan(int start, int end, String type) implements Comparable<TypedSpan> {

        public TypedSpan {
            if (start < 0 || end < start || type == null) {
                throw new IllegalArgumentException("need 0 <= start <= end and a type; got " + start + ", " + end
                        + ", " + type);
            }
        }

        @Override
        public int compareTo(TypedSpan o) {
            return Comparator.comparingInt(TypedSpan::start).thenComparingInt(TypedSpan::end)
                    .thenComparing(TypedSpan::type).compare(this, o);
        }
    }

    /**
     * Strict span matching, CoNLL style: a predicted span counts only when its start, end and type all equal a gold
     * span's.
     *
     * @param overall micro-averaged over {@code types}
     * @param perType each type's detection
     */
    public record Spans(Binary overall, Map<String, Binary> perType) {

        /**
         * @param gold      gold spans of each item (a sentence), in item order
         * @param predicted predicted spans of each item, same order
         * @param types     the types scored; spans of other types are ignored on both sides
         */
        public static Spans of(List<List<TypedSpan>> gold, List<List<TypedSpan>> predicted, List<String> types) {
            sameSize(gold, predicted);
            Map<String, int[]> counts = new TreeMap<>();
            types.forEach(t -> counts.put(t, new int[3]));
            for (int i = 0; i < gold.size(); i++) {
                List<TypedSpan> g = gold.get(i).stream().filter(s -> types.contains(s.type())).toList();
                List<TypedSpan> p = predicted.get(i).stream().filter(s -> types.contains(s.type())).toList();
                for (TypedSpan s : p) {
                    int[] c = counts.get(s.type());
                    if (g.contains(s)) {
                        c[0]++;
                    } else {
                        c[1]++;
                    }
                }
                for (TypedSpan s : g) {
                    counts.get(s.type())[2] += p.contains(s) ? 0 : 1;
                }
            }
            Map<String, Binary> per = new LinkedHashMap<>();
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String t : types) {
                int[] c = counts.get(t);
                per.put(t, Binary.of(c[0], c[1], c[2], 0));
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return new Spans(Binary.of(tp, fp, fn, 0), per);
        }
    }

    /** The most frequent value; ties go to the one that sorts first, so the choice is reproducible. */
    public static <T extends Comparable<T>> T majority(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the majority of");
        }
        Map<T, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(Objects.requireNonNull(v, "value"), 1, Integer::sum));
        T best = null;
        int most = -1;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static void sameSize(List<?> gold, List<?> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length: " + gold.size() + " vs "
                    + predicted.size());
        }
    }
}
