package dev.standpoint.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.standpoint.index.TestDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Guards the extractor's development-set scores both ways: a score that drops by more than 0.01 fails, and so does
 * one that rises without {@code eval/dev-regression.properties} being updated — an improvement is news too, and the
 * file is updated on purpose. Skipped when {@code ../shared} is absent.
 */
class DevRegressionTest {

    private static final double TOLERANCE = 0.01;

    @Test
    void devScoresMatchTheRegressionFile() throws IOException {
        Path shared = TestDocuments.shared("eval").orElse(null);
        assumeTrue(shared != null, "../shared is not present");
        List<GoldSentence> gold = GoldFile.read(shared.resolve("eval/dev-gold.jsonl"));
        AssessmentScores s = new AssessmentEvaluator(TestDocuments.parser(), TestDocuments.analyser())
                .evaluate(gold, shared).system();
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put("alignment", s.alignment());
        actual.put("assessment_f1", s.assessment().f1());
        actual.put("polarity_accuracy", s.polarityAccuracy());
        actual.put("polarity_macro_f1", s.polarityMacroF1());
        actual.put("intensity_accuracy", s.intensityAccuracy());
        actual.put("certainty_accuracy", s.certaintyAccuracy());
        actual.put("holder_accuracy", s.holderAccuracy());
        actual.put("forecast_f1", s.forecast().f1());
        actual.put("conditions_f1", s.conditions().f1());
        Properties expected = expected();
        List<String> moved = new ArrayList<>();
        actual.forEach((k, v) -> {
            double e = Double.parseDouble(expected.getProperty(k, "NaN"));
            if (Double.isNaN(e) || Math.abs(v - e) > TOLERANCE) {
                moved.add(String.format(Locale.ROOT, "%s: expected %.3f, got %.3f (%s)", k, e, v,
                        v > e ? "improved: update eval/dev-regression.properties" : "dropped"));
            }
        });
        assertThat(moved).as("dev-set scores that moved by more than %.2f", TOLERANCE).isEmpty();
    }

    private static Properties expected() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DevRegressionTest.class.getResourceAsStream("/eval/dev-regression.properties")) {
            assertThat(in).as("eval/dev-regression.properties on the test class path").isNotNull();
            p.load(in);
        }
        return p;
    }
}
