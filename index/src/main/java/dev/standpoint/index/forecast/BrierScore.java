package dev.standpoint.index.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brier scores and calibration: the mean of (probability − outcome)² over resolved forecasts (0 is perfect, 0.25 is
 * what always saying 50 % earns), and for each probability band the mean forecast beside how often such forecasts
 * came true.
 */
public final class BrierScore {

    /** A probability and what happened (1 or 0). */
    public record Pair(double probability, int outcome) {
        public Pair {
            if (!(probability >= 0 && probability <= 1) || outcome < 0 || outcome > 1) {
                throw new IllegalArgumentException("probability in [0,1] and outcome 0 or 1; got " + probability
                        + ", " + outcome);
            }
        }
    }

    /** One row of a calibration table. */
    public record Bin(double low, double high, int n, double meanForecast, double observed) {
    }

    /** Scores of one set of forecasts. */
    public record Score(int n, double brier, List<Bin> calibration) {
    }

    private BrierScore() {
    }

    public static Score of(List<Pair> pairs, double[] edges) {
        if (pairs.isEmpty()) {
            return new Score(0, Double.NaN, List.of());
        }
        double sum = 0;
        for (Pair p : pairs) {
            double d = p.probability() - p.outcome();
            sum += d * d;
        }
        return new Score(pairs.size(), sum / pairs.size(), calibration(pairs, edges));
    }

    /** Ten equal bins, for probabilities from anywhere. */
    public static double[] deciles() {
        return new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    }

    private static List<Bin> calibration(List<Pair> pairs, double[] edges) {
        Map<Integer, List<Pair>> bins = new TreeMap<>();
        for (Pair p : pairs) {
            int b = edges.length - 2;
            for (int i = 0; i < edges.length - 1; i++) {
                if (p.probability() < edges[i + 1]) {
                    b = i;
                    break;
                }
            }
            bins.computeIfAbsent(b, k -> new ArrayList<>()).add(p);
        }
        List<Bin> out = new ArrayList<>();
        bins.forEach((b, ps) -> out.add(new Bin(edges[b], edges[b + 1], ps.size(),
                ps.stream().mapToDouble(Pair::probability).average().orElse(0),
                ps.stream().mapToInt(Pair::outcome).average().orElse(0))));
        return out;
    }
}
