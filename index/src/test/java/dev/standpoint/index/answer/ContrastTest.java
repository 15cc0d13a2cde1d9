package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which openings set a sentence against the one before it. */
class ContrastTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At the same time, we do think there are areas where we can work together.|true",
        "But — but the talks went nowhere.|true",
        "However, the deal has held.|true",
        "That said, the risks are real.|true",
        "Yet the sanctions have not worked.|true",
        "Still, it was a good day.|true",
        "Butter prices rose.|false",
        "Yet another round of talks failed.|false",
        "Still more work remains.|false",
        "The talks were hard but useful.|false"})
    void opensWithContrast(String sentence, boolean expected) {
        assertThat(Contrast.opensWithContrast(sentence)).isEqualTo(expected);
    }
}
