package dev.standpoint.core.assess.heads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trained linear classifier over sentence vectors: softmax(W·x + b). It carries the provenance of its training
 * (data hash, parameters, seed, encoder) so that anyone can tell what produced it and reproduce it.
 *
 * <p>Stored as UTF-8 text: {@code key=value} provenance lines, a {@code labels=a,b,…} line, then one line per
 * label with the bias and the weights, tab-separated.
 *
 * @param labels     the classes, in the order of the rows
 * @param weights    one row of {@code dimensions} weights per label
 * @param bias       one bias per label
 * @param provenance how it was trained
 */
public record LinearHead(List<String> labels, double[][] weights, double[] bias, Map<String, String> provenance) {

    public LinearHead {
        labels = List.copyOf(labels);
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        if (weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("a head needs one weight row and one bias per label; got "
                    + weights.length + " rows, " + bias.length + " biases, " + labels.size() + " labels");
        }
    }

    public int dimensions() {
        return weights[0].length;
    }

    /** Class probabilities for one vector. */
    public double[] probabilities(float[] x) {
        if (x.length != dimensions()) {
            throw new IllegalArgumentException("vector has " + x.length + " dimensions; the head expects " + dimensions());
        }
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            double s = bias[k];
            for (int j = 0; j < x.length; j++) {
                s += weights[k][j] * x[j];
            }
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    public String write() {
        StringBuilder b = new StringBuilder();
        provenance.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        b.append("labels=").append(String.join(",", labels)).append('\n');
        for (int k = 0; k < labels.size(); k++) {
            b.append(String.format(Locale.ROOT, "%.8g", bias[k]));
            for (double w : weights[k]) {
                b.append('\t').append(String.format(Locale.ROOT, "%.8g", w));
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static LinearHead read(String text, String where) {
        Map<String, String> provenance = new LinkedHashMap<>();
        List<String> labels = null;
        List<double[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (labels == null && line.startsWith("labels=")) {
                labels = List.of(line.substring(7).split(","));
            } else if (labels == null) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(where + ": expected key=value before the labels line; got '" + line + "'");
                }
                provenance.put(line.substring(0, eq), line.substring(eq + 1));
            } else {
                String[] cells = line.split("\t");
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
        }
        if (labels == null || rows.size() != labels.size()) {
            throw new IllegalArgumentException(where + ": a head needs a labels line and one row per label");
        }
        double[][] weights = new double[rows.size()][];
        double[] bias = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            bias[k] = rows.get(k)[0];
            weights[k] = java.util.Arrays.copyOfRange(rows.get(k), 1, rows.get(k).length);
        }
        return new LinearHead(labels, weights, bias, provenance);
    }

    /** The head shipped under {@code resource} on the class path, or {@code null} when there is none. */
    public static LinearHead resource(String resource) {
        try (InputStream in = LinearHead.class.getResourceAsStream(resource)) {
            return in == null ? null : read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the head " + resource, e);
        }
    }
}
