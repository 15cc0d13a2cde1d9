package dev.standpoint.core.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Holder names as the gold format compares them, and groups named with more or fewer modifiers. */
class HolderNamesTest {

    @ParameterizedTest
    @CsvSource({
        "President Biden, Biden, true",
        "the U.S. officials, U.S. official, true",
        "Jen Psaki, Psaki, true",
        "Senior Administration Official, senior officials, false",
        "Psaki, Sullivan, false",
    })
    void same(String a, String b, boolean expected) {
        assertThat(HolderNames.same(a, b)).isEqualTo(expected);
        assertThat(HolderNames.same(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Senior Administration Official, senior administration officials, true",
        "Senior Administration Official, senior officials, true",
        "Senior Administration Official, senior Biden administration officials, true",
        "Senior Administration Official, Chinese officials, false",
        "Senior Administration Official, Biden administration, false",
        "Quad Leaders, the Quad leaders, true",
        "Biden, Kishida, false",
        "official, officials, true",
    })
    void sameGroup(String a, String b, boolean expected) {
        assertThat(HolderNames.sameGroup(a, b)).isEqualTo(expected);
        assertThat(HolderNames.sameGroup(b, a)).isEqualTo(expected);
    }
}
