package dev.standpoint.index.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.standpoint.core.embed.Encoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {

    private static final Encoder ENCODER = MiniLmEncoder.shared();

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void vectorsHaveTheAnnouncedDimensionAndUnitLength() {
        float[][] v = ENCODER.embed(List.of("Japan and Russia resumed talks.", "The outlook is bleak.",
                "A very long sentence " + "about fisheries and salmon quotas ".repeat(120)));
        assertThat(v).hasNumberOfRows(3);
        for (float[] x : v) {
            assertThat(x).hasSize(ENCODER.dimensions());
            assertThat(Math.sqrt(dot(x, x))).isCloseTo(1.0, within(1e-4));
        }
        assertThat(ENCODER.dimensions()).isEqualTo(384);
        assertThat(ENCODER.name()).contains("minilm");
    }

    @Test
    void theSameTextGivesTheSameVectorAlone_orInABatch() {
        String text = "Tokyo will continue to align its sanctions with the G7.";
        float[] alone = ENCODER.embed(text);
        float[][] batch = ENCODER.embed(List.of("Something else entirely.", text, "And a third sentence."));
        assertThat(batch[1]).containsExactly(alone, within(1e-6f));
        assertThat(ENCODER.embed(text)).containsExactly(alone, within(0f));
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] q = ENCODER.embed("Tokyo's outreach to the Kremlin");
        float[] paraphrase = ENCODER.embed("Japan's attempts to improve relations with Russia");
        float[] unrelated = ENCODER.embed("Air defence remains thin on NATO's eastern flank.");
        assertThat(dot(q, paraphrase)).isGreaterThan(dot(q, unrelated) + 0.1);
    }

    @Test
    void emptyInputGivesNoVectors_andBlankTextIsRefused() {
        assertThat(ENCODER.embed(List.of())).isEmpty();
        assertThatThrownBy(() -> ENCODER.embed(List.of("fine", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
