package dev.standpoint.index.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How MPQA's expression-level annotations become sentence labels, on hand-made annotations. */
class MpqaGoldTest {

    private static final Span S = new Span(0, 10);

    private static Mpqa.Expression ese(String polarity, String intensity, String... source) {
        return new Mpqa.Expression("ese", S, List.of(source), intensity, polarity, false, List.of());
    }

    private static Mpqa.Expression dse(String intensity, boolean insubstantial, List<Mpqa.Attitude> attitudes,
                                       String... source) {
        return new Mpqa.Expression("dse", S, List.of(source), intensity, null, insubstantial, attitudes);
    }

    private static Mpqa.Gold gold(Mpqa.Expression... expressions) {
        return Mpqa.gold(new Mpqa.GoldSentence(S, List.of(expressions)));
    }

    @Test
    void aSentenceIsSubjectiveWithAnExpressionOfMediumOrHigherIntensity() {
        assertThat(gold(ese("negative", "low", "w")).subjective()).isFalse();
        assertThat(gold(ese("neutral", "medium", "w")).subjective()).isTrue();
        assertThat(gold(dse("high", true, List.of(), "w", "x")).subjective()).as("insubstantial").isFalse();
        assertThat(gold(new Mpqa.Expression("ose", S, List.of("w"), "high", null, false, List.of())).subjective())
                .as("an objective speech event").isFalse();
    }

    @Test
    void polarityComesFromPolarEsesAndSentimentAttitudesOnly() {
        assertThat(gold(ese("negative", "low", "w")).polarity()).as("low ESEs still carry polarity").isEqualTo("negative");
        assertThat(gold(ese("neutral", "high", "w")).polarity()).isNull();
        assertThat(gold(dse("medium", false, List.of(new Mpqa.Attitude("arguing", "positive", "high")), "w", "x"))
                .polarity()).as("arguing is not sentiment").isNull();
        assertThat(gold(ese("negative", "medium", "w"),
                dse("medium", false, List.of(new Mpqa.Attitude("sentiment", "positive", "low")), "w", "x"))
                .polarity()).isEqualTo("mixed");
        assertThat(gold(ese("uncertain-positive", "medium", "w")).polarity()).isEqualTo("positive");
        assertThat(gold(ese("both", "medium", "w")).polarity()).isEqualTo("mixed");
    }

    @Test
    void intensityIsTheStrongestPolarExpressionOnOurThreeLevels() {
        assertThat(gold(ese("negative", "low", "w"), ese("negative", "extreme", "w")).intensity()).isEqualTo("high");
        assertThat(Mpqa.threeLevels("low-medium")).isEqualTo("low");
        assertThat(Mpqa.threeLevels("medium-high")).isEqualTo("medium");
        assertThat(Mpqa.threeLevels("high-extreme")).isEqualTo("high");
    }

    @Test
    void theHolderIsTheWriterOtherOrBoth() {
        assertThat(gold(ese("negative", "medium", "w")).holder()).isEqualTo("writer");
        assertThat(gold(ese("negative", "medium", "w", "bush")).holder()).isEqualTo("other");
        assertThat(gold(ese("negative", "medium", "w"), dse("high", false, List.of(), "w", "bush")).holder())
                .isEqualTo("both");
        assertThat(gold(ese("negative", "medium", "w"), ese("negative", "low", "w", "bush")).holder())
                .as("only subjective expressions name the holder").isEqualTo("writer");
        assertThat(gold(ese("negative", "low", "w")).holder()).isNull();
    }

    @Test
    void speculationIsASpeculationAttitude() {
        assertThat(gold(dse("low", false, List.of(new Mpqa.Attitude("speculation", null, "low")), "w")).speculation())
                .isTrue();
        assertThat(gold(ese("negative", "medium", "w")).speculation()).isFalse();
    }
}
