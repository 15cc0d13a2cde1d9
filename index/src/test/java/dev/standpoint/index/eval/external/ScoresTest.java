package dev.standpoint.index.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared scores on hand-made items, worked out by hand. */
class ScoresTest {

    @Test
    void binaryScoresThePositiveClass() {
        Scores.Binary b = Scores.Binary.of(3, 1, 2, 4);
        assertThat(b.n()).isEqualTo(10);
        assertThat(b.precision()).isEqualTo(0.75);
        assertThat(b.recall()).isEqualTo(0.6);
        assertThat(b.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
        assertThat(b.accuracy()).isEqualTo(0.7);
    }

    @Test
    void binaryWithNothingPredictedOrNothingToFindIsZeroNotNaN() {
        Scores.Binary none = Scores.Binary.of(0, 0, 5, 5);
        assertThat(none.precision()).isZero();
        assertThat(none.f1()).isZero();
        assertThat(none.accuracy()).isEqualTo(0.5);
        assertThat(Scores.Binary.of(0, 0, 0, 0).accuracy()).isZero();
        assertThatThrownBy(() -> Scores.Binary.of(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void binaryFromPairedDecisionsAndConstantBaselines() {
        List<Boolean> gold = List.of(true, true, false, false, false);
        Scores.Binary b = Scores.Binary.of(gold, List.of(true, false, true, false, false));
        assertThat(List.of(b.tp(), b.fp(), b.fn())).containsExactly(1, 1, 1);
        assertThat(b.accuracy()).isEqualTo(0.6);
        Scores.Binary all = Scores.Binary.constant(gold, true);
        assertThat(all.recall()).isEqualTo(1.0);
        assertThat(all.precision()).isEqualTo(0.4);
        assertThat(Scores.Binary.constant(gold, false).accuracy()).isEqualTo(0.6);
        assertThatThrownBy(() -> Scores.Binary.of(gold, List.of(true))).hasMessageContaining("differ in length");
    }

    @Test
    void labelsGiveAccuracyMacroF1AndConfusion() {
        List<String> gold = List.of("PRO", "PRO", "CON", "CON");
        Scores.Labels l = Scores.Labels.of(gold, List.of("PRO", "CON", "CON", "CON"), List.of("PRO", "CON"));
        assertThat(l.accuracy()).isEqualTo(0.75);
        // PRO: P 1, R 0.5, F1 2/3; CON: P 2/3, R 1, F1 0.8
        assertThat(l.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, within(1e-12));
        assertThat(l.confusion().get("PRO")).containsEntry("PRO", 1).containsEntry("CON", 1);
        assertThat(l.perLabel().get("CON").recall()).isEqualTo(1.0);
    }

    @Test
    void aPredictedLabelOutsideTheSetCountsAsWrongForEveryLabel() {
        Scores.Labels l = Scores.Labels.of(List.of("positive", "negative"), List.of("none", "negative"),
                List.of("positive", "negative"));
        assertThat(l.accuracy()).isEqualTo(0.5);
        assertThat(l.perLabel().get("positive").f1()).isZero();
        assertThat(l.confusion().get("positive")).containsEntry("none", 1);
    }

    @Test
    void theMajorityBaselineOfAlwaysProHasMacroF1OfOneClass() {
        List<String> gold = List.of("PRO", "PRO", "PRO", "CON");
        Scores.Labels l = Scores.Labels.constant(gold, "PRO", List.of("PRO", "CON"));
        assertThat(l.accuracy()).isEqualTo(0.75);
        assertThat(l.macroF1()).isCloseTo((2 * 0.75 / 1.75) / 2, within(1e-12));
    }

    @Test
    void spansMatchOnlyWithTheSameStartEndAndType() {
        List<Scores.TypedSpan> gold = List.of(new Scores.TypedSpan(0, 5, "LOC"), new Scores.TypedSpan(10, 20, "PER"),
                new Scores.TypedSpan(30, 35, "MISC"));
        List<Scores.TypedSpan> predicted = List.of(new Scores.TypedSpan(0, 5, "LOC"),
                new Scores.TypedSpan(10, 15, "PER"), new Scores.TypedSpan(30, 35, "ORG"));
        Scores.Spans s = Scores.Spans.of(List.of(gold), List.of(predicted), List.of("LOC", "PER", "ORG"));
        assertThat(s.perType().get("LOC").f1()).isEqualTo(1.0);
        assertThat(s.perType().get("PER").tp()).isZero();
        assertThat(s.perType().get("PER").fn()).isEqualTo(1);
        assertThat(s.perType().get("ORG").fp()).isEqualTo(1);
        assertThat(s.perType().get("ORG").fn()).isZero();
        assertThat(List.of(s.overall().tp(), s.overall().fp(), s.overall().fn())).containsExactly(1, 2, 1);
        assertThat(s.overall().precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.overall().recall()).isEqualTo(0.5);
    }

    @Test
    void spansAreCountedPerItemNotAcrossItems() {
        Scores.TypedSpan a = new Scores.TypedSpan(0, 5, "LOC");
        Scores.Spans s = Scores.Spans.of(List.of(List.of(a), List.of()), List.of(List.of(), List.of(a)),
                List.of("LOC"));
        assertThat(s.overall().tp()).isZero();
        assertThat(s.overall().fp()).isEqualTo(1);
        assertThat(s.overall().fn()).isEqualTo(1);
    }

    @Test
    void majorityBreaksTiesBySortOrder() {
        assertThat(Scores.majority(List.of("b", "a", "b", "a"))).isEqualTo("a");
        assertThat(Scores.majority(List.of("b", "a", "b"))).isEqualTo("b");
        assertThat(Scores.majority(List.of(true, false, false))).isFalse();
        assertThatThrownBy(() -> Scores.majority(List.<String>of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subsetsTakeAStrideFromTheFirstThenALimit() {
        List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(Subset.of(items, 3, 0)).containsExactly(0, 3, 6, 9);
        assertThat(Subset.of(items, 3, 2)).containsExactly(0, 3);
        assertThat(Subset.of(items, 1, 0)).isEqualTo(items);
        assertThatThrownBy(() -> Subset.of(items, 0, 0)).hasMessageContaining("every");
    }
}
