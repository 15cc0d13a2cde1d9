package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.Polarity;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How weights by side make a verdict (the default majority, 0.6), and when the most direct answers disagree. */
class WeighingTest {

    @ParameterizedTest
    @CsvSource({
        // two-sided assessments weigh most: mixed, though half of them tips the positive side over the majority
        "0.23, 0.01, 0.76, mixed",
        // a clear majority
        "0.70, 0.10, 0.20, positive",
        "0.05, 0.80, 0.15, negative",
        // half the two-sided weight completes a majority when they do not weigh most
        "0.45, 0.15, 0.40, positive",
        // no majority
        "0.50, 0.50, 0.00, mixed",
        "0.55, 0.45, 0.00, mixed",
        "0.00, 0.00, 0.00, neutral"})
    void weightsMakeAVerdict(double positive, double negative, double mixed, String expected) {
        Map<Polarity, Double> weights = Map.of(Polarity.POSITIVE, positive, Polarity.NEGATIVE, negative,
                Polarity.MIXED, mixed);
        assertThat(new Weighing(AnswerSettings.DEFAULT).label(weights, positive + negative + mixed).label())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // each side's best relevance among the claims counted, then the best among all judging claims found
        "1.00, 0.96, 0.00, 1.00, true",
        "1.00, 0.00, 0.92, 1.00, true",
        "0.91, 0.00, 0.00, 1.00, false",
        // the other side answers less directly: the weighing decides
        "1.00, 0.85, 0.00, 1.00, false",
        "0.70, 1.00, 0.60, 1.00, false",
        // the best claim that judges sets the bar, not a neutral one above it
        "0.88, 0.80, 0.00, 0.88, true",
        // the holder asked about has no direct answer: theirs are far below the best claim found
        "0.59, 0.57, 0.00, 0.94, false",
        "0.00, 0.00, 0.00, 1.00, false"})
    void theMostDirectAnswersDisagree(double positive, double negative, double mixed, double best, boolean expected) {
        Map<Polarity, Double> closest = Map.of(Polarity.POSITIVE, positive, Polarity.NEGATIVE, negative,
                Polarity.MIXED, mixed);
        assertThat(new Weighing(AnswerSettings.DEFAULT).directAnswersDisagree(closest, best)).isEqualTo(expected);
    }
}
