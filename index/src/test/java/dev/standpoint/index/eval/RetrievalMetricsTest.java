package dev.standpoint.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

    private static final Map<String, Integer> RELEVANT = Map.of("a", 1, "b", 1);

    @Test
    void ndcgIsOneForAnIdealRanking_andDiscountsLaterHits() {
        assertThat(RetrievalMetrics.ndcg(List.of("a", "b", "x"), RELEVANT, 10)).isEqualTo(1.0);
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2));
        double got = 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
        assertThat(RetrievalMetrics.ndcg(List.of("x", "a", "b"), RELEVANT, 10)).isCloseTo(got / ideal, within(1e-12));
        assertThat(RetrievalMetrics.ndcg(List.of("x", "a"), RELEVANT, 1)).isZero();
        assertThat(RetrievalMetrics.ndcg(List.of("a"), Map.of(), 10)).isZero();
    }

    @Test
    void recallCountsTheRelevantAmongTheFirstK() {
        assertThat(RetrievalMetrics.recall(List.of("x", "a", "y", "b"), RELEVANT, 2)).isEqualTo(0.5);
        assertThat(RetrievalMetrics.recall(List.of("x", "a", "y", "b"), RELEVANT, 100)).isEqualTo(1.0);
        assertThat(RetrievalMetrics.recall(List.of("x"), Map.of(), 100)).isZero();
    }
}
