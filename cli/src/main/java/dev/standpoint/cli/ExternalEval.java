package dev.standpoint.cli;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.index.eval.external.Scores;
import dev.standpoint.index.eval.external.SegmentedAnalysis;
import dev.standpoint.index.json.Json;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the external benchmark commands share: where the data is, the analyser they all use (the shipped knowledge
 * base only, so that a figure never depends on a user's additions), and the table and JSON printing.
 */
final class ExternalEval {

    private ExternalEval() {
    }

    /**
     * The data set path: {@code given} when the user gave one, else {@code ../shared/datasets/<relative>}.
     *
     * @throws Errors.UserError (exit 2) when it does not exist
     */
    static Path data(Path given, String relative) {
        Path p = given != null ? given : ProjectPaths.shared().map(s -> s.resolve("datasets").resolve(relative))
                .orElseThrow(() -> new Errors.UserError("give --data (../shared is not present beside the project)", 2));
        if (!Files.exists(p)) {
            throw new Errors.UserError("no such data: " + p + (given == null ? " (give --data)" : ""), 2);
        }
        return p;
    }

    static Path file(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new Errors.UserError("no such file: " + p, 2);
        }
        return p;
    }

    static SegmentedAnalysis analysis() {
        return new SegmentedAnalysis(new Analyser(KnowledgeBaseLoader.shipped(),
                dev.standpoint.index.embed.MiniLmEncoder.shared()));
    }

    static int positive(int n, String option) {
        if (n < 0) {
            throw new IllegalArgumentException(option + " must be 0 (all) or more; got " + n);
        }
        return n;
    }

    /** A JSON object built in order. */
    static Map<String, Object> json(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static void printJson(Map<String, Object> out) {
        System.out.println(Json.pretty(out));
    }

    /** A table printer: a measure per row, one column per system or baseline. */
    static final class Table {
        private final PrintStream out;

        Table(PrintStream out, String... columns) {
            this.out = out;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-30s", ""));
            for (String c : columns) {
                b.append(String.format(Locale.ROOT, " %14s", c));
            }
            out.println(b);
        }

        Table row(String name, double... values) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-30s", name));
            for (double v : values) {
                if (Double.isNaN(v)) {
                    b.append(String.format(Locale.ROOT, " %14s", "—"));
                } else if (v == Math.rint(v) && Math.abs(v) >= 2) {
                    b.append(String.format(Locale.ROOT, " %,14d", (long) v));
                } else {
                    b.append(String.format(Locale.ROOT, " %14.3f", v));
                }
            }
            out.println(b);
            return this;
        }

        /** Precision, recall, F1 (and accuracy when asked) of each column. */
        Table prf(String name, boolean accuracy, Scores.Binary... columns) {
            row(name + " precision", pick(columns, 0));
            row(name + " recall", pick(columns, 1));
            row(name + " F1", pick(columns, 2));
            if (accuracy) {
                row("accuracy", pick(columns, 3));
            }
            return this;
        }

        private static double[] pick(Scores.Binary[] columns, int what) {
            double[] v = new double[columns.length];
            for (int i = 0; i < columns.length; i++) {
                Scores.Binary b = columns[i];
                v[i] = b == null ? Double.NaN : switch (what) {
                    case 0 -> b.precision();
                    case 1 -> b.recall();
                    case 2 -> b.f1();
                    default -> b.accuracy();
                };
            }
            return v;
        }
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    static String clip(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
