package dev.standpoint.index.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ForecastBenchCheck} on the shared ForecastBench snapshot (skipped when {@code ../shared} is absent), checked
 * against a join written here independently: by each question's {@code source}, not by the wording of its freeze-value
 * explanation as the check does.
 */
class ForecastBenchCheckTest {

    private static final Set<String> MARKETS = Set.of("manifold", "metaculus", "polymarket", "infer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static ForecastBenchCheck.Result result;

    @BeforeAll
    static void read() {
        root = shared().resolve("datasets/forecastbench");
        if (Files.isDirectory(root.resolve("datasets/question_sets"))) {
            result = ForecastBenchCheck.read(root);
        }
    }

    private static void assumeDataset() {
        assumeTrue(result != null, "ForecastBench not found at " + root.toAbsolutePath());
    }

    static Path shared() {
        String property = System.getProperty("standpoint.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("../../shared");
    }

    @Test
    void findsMarketQuestionsOnly() {
        assumeDataset();
        assertThat(result.pairs()).isNotEmpty();
        assertThat(result.bySource().keySet()).isSubsetOf(MARKETS).containsAll(MARKETS);
        assertThat(result.bySource().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(result.pairs().size());
        assertThat(result.questionSets()).isPositive();
    }

    @Test
    void theCrowdBeatsACoinAndTheScoreIsTheMeanSquaredErrorOfTheSamePairs() {
        assumeDataset();
        BrierScore.Score s = BrierScore.of(result.pairs(), BrierScore.deciles());
        assertThat(s.brier()).isGreaterThan(0).isLessThan(0.25);
        double direct = result.pairs().stream()
                .mapToDouble(p -> (p.probability() - p.outcome()) * (p.probability() - p.outcome())).average()
                .orElseThrow();
        assertThat(s.brier()).isCloseTo(direct, within(1e-12));
        assertThat(s.n()).isEqualTo(result.pairs().size());
    }

    @Test
    void agreesWithAnIndependentJoinOfQuestionsAndResolutions() throws IOException {
        assumeDataset();
        Map<String, Integer> bySource = new TreeMap<>();
        List<double[]> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("datasets/question_sets"))) {
            for (Path q : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Path r = root.resolve("datasets/resolution_sets/" + q.getFileName().toString().substring(0, 10)
                        + "_resolution_set.json");
                if (!Files.exists(r)) {
                    continue;
                }
                Map<String, Double> outcomes = latestOutcomes(JSON.readTree(r.toFile()));
                for (JsonNode question : JSON.readTree(q.toFile()).path("questions")) {
                    String source = question.path("source").asText();
                    Double outcome = outcomes.get(question.path("id").asText());
                    Double p = parse(question.path("freeze_datetime_value").asText(""));
                    if (MARKETS.contains(source) && outcome != null && p != null && p >= 0 && p <= 1) {
                        pairs.add(new double[] {p, outcome});
                        bySource.merge(source, 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(result.bySource()).isEqualTo(bySource);
        assertThat(result.pairs()).hasSize(pairs.size());
        double direct = pairs.stream().mapToDouble(p -> (p[0] - p[1]) * (p[0] - p[1])).sum() / pairs.size();
        assertThat(BrierScore.of(result.pairs(), BrierScore.deciles()).brier()).isCloseTo(direct, within(1e-12));
    }

    @Test
    void calibrationRisesWithTheForecast() {
        assumeDataset();
        List<BrierScore.Bin> bins = BrierScore.of(result.pairs(), BrierScore.deciles()).calibration();
        BrierScore.Bin lowest = bins.get(0);
        BrierScore.Bin highest = bins.get(bins.size() - 1);
        assertThat(lowest.high()).isLessThanOrEqualTo(0.2);
        assertThat(highest.low()).isGreaterThanOrEqualTo(0.8);
        assertThat(highest.observed()).isGreaterThan(lowest.observed());
    }

    @Test
    void aFolderWithoutTheDatasetsIsRejected(@TempDir Path empty) {
        assertThatThrownBy(() -> ForecastBenchCheck.read(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question_sets");
    }

    /** For each question id, the 0/1 value of its resolved entry with the latest resolution date. */
    private static Map<String, Double> latestOutcomes(JsonNode set) {
        Map<String, String> dates = new HashMap<>();
        Map<String, Double> out = new HashMap<>();
        for (JsonNode r : set.path("resolutions")) {
            if (!r.path("resolved").asBoolean() || !r.path("resolved_to").isNumber()) {
                continue;
            }
            double v = r.path("resolved_to").asDouble();
            if (v != 0 && v != 1) {
                continue;
            }
            String id = r.path("id").asText();
            String date = r.path("resolution_date").asText("");
            if (!dates.containsKey(id) || date.compareTo(dates.get(id)) >= 0) {
                dates.put(id, date);
                out.put(id, v);
            }
        }
        return out;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
