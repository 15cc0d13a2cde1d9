package dev.standpoint.index.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Small scoring helpers: precision/recall/F1 and macro-F1 from label pairs. */
public final class Metrics {

    /** Precision, recall and F1 with their counts. */
    public record Prf(double precision, double recall, double f1, int truePositives, int predicted, int gold) {
        public static Prf of(int tp, int predicted, int gold) {
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = gold == 0 ? 0 : tp / (double) gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(p, r, f, tp, predicted, gold);
        }
    }

    private Metrics() {
    }

    public static double accuracy(List<String> gold, List<String> predicted) {
        if (gold.isEmpty()) {
            return 0;
        }
        int ok = 0;
        for (int i = 0; i < gold.size(); i++) {
            ok += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return ok / (double) gold.size();
    }

    /** Macro-averaged F1 over the labels that occur in gold or predictions. */
    public static double macroF1(List<String> gold, List<String> predicted) {
        TreeSet<String> labels = new TreeSet<>(gold);
        labels.addAll(predicted);
        return macroF1(gold, predicted, labels);
    }

    /**
     * Macro-averaged F1 over the given labels. Over the classes the gold items carry, a prediction outside them
     * (a missed assessment read as neutral) still costs its class recall, without becoming a class of its own.
     */
    public static double macroF1(List<String> gold, List<String> predicted, java.util.Collection<String> labelSet) {
        TreeSet<String> labels = new TreeSet<>(labelSet);
        double sum = 0;
        for (String label : labels) {
            int tp = 0;
            int p = 0;
            int g = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean gi = gold.get(i).equals(label);
                boolean pi = predicted.get(i).equals(label);
                tp += gi && pi ? 1 : 0;
                p += pi ? 1 : 0;
                g += gi ? 1 : 0;
            }
            sum += Prf.of(tp, p, g).f1();
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    /** Counts of (gold, predicted) label pairs. */
    public static Map<String, Map<String, Integer>> confusion(List<String> gold, List<String> predicted,
                                                              List<String> labels) {
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        for (String g : labels) {
            Map<String, Integer> row = new LinkedHashMap<>();
            labels.forEach(p -> row.put(p, 0));
            m.put(g, row);
        }
        for (int i = 0; i < gold.size(); i++) {
            m.computeIfAbsent(gold.get(i), k -> new LinkedHashMap<>()).merge(predicted.get(i), 1, Integer::sum);
        }
        return m;
    }

    /** Token Jaccard overlap, lower-cased, punctuation ignored. */
    public static double jaccard(String a, String b) {
        java.util.Set<String> x = tokens(a);
        java.util.Set<String> y = tokens(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        java.util.Set<String> inter = new java.util.HashSet<>(x);
        inter.retainAll(y);
        return inter.size() / (double) (x.size() + y.size() - inter.size());
    }

    private static java.util.Set<String> tokens(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
