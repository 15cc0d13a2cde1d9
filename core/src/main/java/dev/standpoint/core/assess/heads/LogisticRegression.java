package dev.standpoint.core.assess.heads;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits a multinomial logistic regression (softmax) with L2 regularisation by full-batch gradient descent with a
 * decaying step: small, deterministic for a given seed, and enough for a few thousand 384-dimensional sentence
 * vectors.
 *
 * @param l2         the regularisation strength
 * @param epochs     passes over the data
 * @param learningRate the initial step
 * @param seed       the seed of the initial weights
 */
public record LogisticRegression(double l2, int epochs, double learningRate, long seed) {

    public LogisticRegression {
        if (l2 < 0 || epochs < 1 || learningRate <= 0) {
            throw new IllegalArgumentException("l2 >= 0, epochs >= 1 and learningRate > 0 are required");
        }
    }

    /**
     * @param x          one vector per example
     * @param y          the label index of each example
     * @param labels     the label names
     * @param provenance what to record with the head (data hash, encoder…); the parameters are added
     */
    public LinearHead fit(float[][] x, int[] y, List<String> labels, Map<String, String> provenance) {
        int n = x.length;
        int d = x[0].length;
        int c = labels.size();
        double[][] w = new double[c][d];
        double[] b = new double[c];
        Random r = new Random(seed);
        for (double[] row : w) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian() * 0.01;
            }
        }
        double[] weightOfClass = classWeights(y, c);
        for (int epoch = 0; epoch < epochs; epoch++) {
            double step = learningRate / (1 + epoch * 0.01);
            double[][] gw = new double[c][d];
            double[] gb = new double[c];
            LinearHead current = new LinearHead(labels, w, b, Map.of());
            for (int i = 0; i < n; i++) {
                double[] p = current.probabilities(x[i]);
                for (int k = 0; k < c; k++) {
                    double g = (p[k] - (y[i] == k ? 1 : 0)) * weightOfClass[y[i]];
                    gb[k] += g;
                    for (int j = 0; j < d; j++) {
                        gw[k][j] += g * x[i][j];
                    }
                }
            }
            for (int k = 0; k < c; k++) {
                b[k] -= step * gb[k] / n;
                for (int j = 0; j < d; j++) {
                    w[k][j] -= step * (gw[k][j] / n + l2 * w[k][j]);
                }
            }
        }
        Map<String, String> prov = new java.util.LinkedHashMap<>(provenance);
        prov.put("model", "multinomial logistic regression, L2 " + l2 + ", " + epochs + " epochs, step " + learningRate
                + ", class-balanced");
        prov.put("seed", Long.toString(seed));
        return new LinearHead(labels, w, b, prov);
    }

    /** Inverse-frequency weights, so that a rare class is not ignored. */
    private static double[] classWeights(int[] y, int c) {
        double[] counts = new double[c];
        for (int v : y) {
            counts[v]++;
        }
        double[] w = new double[c];
        for (int k = 0; k < c; k++) {
            w[k] = counts[k] == 0 ? 0 : y.length / (c * counts[k]);
        }
        return w;
    }
}
