package dev.standpoint.index.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks the scoring code against known outcomes: ForecastBench's market questions (Manifold, Metaculus,
 * Polymarket, INFER) carry the crowd's probability
 * at the freeze date and, once resolved, the outcome (0 or 1). Scoring those pairs with {@link BrierScore} must
 * give the crowd a Brier score well below the 0.25 of a coin, and a calibration table whose bins rise with the
 * forecast.
 */
public final class ForecastBenchCheck {

    /** The pairs found, and how many came from each source. */
    public record Result(List<BrierScore.Pair> pairs, Map<String, Integer> bySource, int questionSets) {
        public Result {
            pairs = List.copyOf(pairs);
        }
    }

    private ForecastBenchCheck() {
    }

    /** Reads {@code datasets/question_sets} and {@code datasets/resolution_sets} under {@code root}. */
    public static Result read(Path root) {
        Path questions = root.resolve("datasets/question_sets");
        Path resolutions = root.resolve("datasets/resolution_sets");
        if (!Files.isDirectory(questions) || !Files.isDirectory(resolutions)) {
            throw new IllegalArgumentException(root + " does not hold datasets/question_sets and datasets/resolution_sets");
        }
        List<BrierScore.Pair> pairs = new ArrayList<>();
        Map<String, Integer> bySource = new TreeMap<>();
        int sets = 0;
        for (Path q : list(questions)) {
            String due = q.getFileName().toString().substring(0, 10);
            Path r = resolutions.resolve(due + "_resolution_set.json");
            if (!Files.exists(r)) {
                continue;
            }
            sets++;
            Map<String, Double> outcome = outcomes(json(r));
            for (JsonNode question : json(q).path("questions")) {
                if (!isCrowdProbability(question)) {
                    continue;
                }
                Double p = probability(question.path("freeze_datetime_value").asText(""));
                Double o = outcome.get(question.path("id").asText());
                if (p != null && o != null) {
                    pairs.add(new BrierScore.Pair(p, o.intValue()));
                    bySource.merge(question.path("source").asText("?"), 1, Integer::sum);
                }
            }
        }
        return new Result(pairs, bySource, sets);
    }

    /** The latest resolved 0/1 outcome of each question. */
    private static Map<String, Double> outcomes(JsonNode set) {
        Map<String, String> latestDate = new HashMap<>();
        Map<String, Double> out = new HashMap<>();
        for (JsonNode r : set.path("resolutions")) {
            double v = r.path("resolved_to").asDouble(Double.NaN);
            if (!r.path("resolved").asBoolean(false) || v != 0.0 && v != 1.0) {
                continue;
            }
            String id = r.path("id").asText();
            String date = r.path("resolution_date").asText("");
            if (date.compareTo(latestDate.getOrDefault(id, "")) >= 0) {
                latestDate.put(id, date);
                out.put(id, v);
            }
        }
        return out;
    }

    /**
     * Whether the freeze value is a crowd probability (a market price, a community prediction) rather than the latest
     * value of a data series, which dataset questions (ACLED, FRED…) carry.
     */
    private static boolean isCrowdProbability(JsonNode question) {
        String explanation = question.path("freeze_datetime_value_explanation").asText("").toLowerCase(java.util.Locale.ROOT);
        return explanation.matches("the (?:market value|market price|community prediction|crowd forecast)\\b.*");
    }

    /** A probability in [0, 1], or {@code null}. */
    private static Double probability(String value) {
        try {
            double v = Double.parseDouble(value);
            return v >= 0 && v <= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode json(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
