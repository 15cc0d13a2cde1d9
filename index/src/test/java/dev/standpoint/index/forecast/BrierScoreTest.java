package dev.standpoint.index.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrierScoreTest {

    private static BrierScore.Pair p(double probability, int outcome) {
        return new BrierScore.Pair(probability, outcome);
    }

    @Test
    void noPairsNoScore() {
        BrierScore.Score s = BrierScore.of(List.of(), BrierScore.deciles());
        assertThat(s.n()).isZero();
        assertThat(s.brier()).isNaN();
        assertThat(s.calibration()).isEmpty();
    }

    @Test
    void perfectForecastsScoreZeroAndCertainMistakesOne() {
        assertThat(BrierScore.of(List.of(p(1, 1), p(0, 0), p(1, 1)), BrierScore.deciles()).brier()).isZero();
        assertThat(BrierScore.of(List.of(p(1, 0), p(0, 1)), BrierScore.deciles()).brier()).isEqualTo(1.0);
    }

    @Test
    void alwaysSayingHalfScoresAQuarterWhateverHappens() {
        for (List<BrierScore.Pair> pairs : List.of(List.of(p(0.5, 1)), List.of(p(0.5, 0), p(0.5, 0)),
                List.of(p(0.5, 1), p(0.5, 0), p(0.5, 1), p(0.5, 1)))) {
            assertThat(BrierScore.of(pairs, BrierScore.deciles()).brier()).isCloseTo(0.25, within(1e-15));
        }
    }

    @Test
    void theScoreIsTheMeanSquaredError() {
        List<BrierScore.Pair> pairs = List.of(p(0.8, 1), p(0.3, 0), p(0.6, 0), p(0.95, 1));
        double expected = (0.04 + 0.09 + 0.36 + 0.0025) / 4;
        assertThat(BrierScore.of(pairs, BrierScore.deciles()).brier()).isCloseTo(expected, within(1e-12));
        assertThat(BrierScore.of(pairs, BrierScore.deciles()).n()).isEqualTo(4);
    }

    @Test
    void calibrationBinsAreHalfOpenAndTheLastIncludesOne() {
        List<BrierScore.Pair> pairs = List.of(p(0.1, 0), p(0.15, 1), p(0.0, 0), p(0.9, 1), p(1.0, 1), p(0.95, 0));
        List<BrierScore.Bin> bins = BrierScore.of(pairs, BrierScore.deciles()).calibration();
        assertThat(bins).hasSize(3);
        assertThat(bins.get(0)).isEqualTo(new BrierScore.Bin(0.0, 0.1, 1, 0.0, 0.0));
        assertThat(bins.get(1).low()).isEqualTo(0.1);
        assertThat(bins.get(1).n()).isEqualTo(2);
        assertThat(bins.get(1).meanForecast()).isCloseTo(0.125, within(1e-12));
        assertThat(bins.get(1).observed()).isEqualTo(0.5);
        assertThat(bins.get(2).low()).isEqualTo(0.9);
        assertThat(bins.get(2).high()).isEqualTo(1.0);
        assertThat(bins.get(2).n()).isEqualTo(3);
        assertThat(bins.get(2).observed()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(bins).extracting(BrierScore.Bin::n).containsExactly(1, 2, 3);
    }

    @Test
    void pairsOutsideTheirRangesAreRejected() {
        assertThatThrownBy(() -> p(1.2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
        assertThatThrownBy(() -> p(-0.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p(0.5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
