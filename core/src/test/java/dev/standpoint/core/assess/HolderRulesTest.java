package dev.standpoint.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.Assessment;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose view a sentence states, on sentences written for this test: a party that informed or assured the speaker
 * holds what it said, and so does one whose view the speaker knows ("we know that China views it favorably", not
 * "I think that China would be wise to"); a passive verb's subject holds nothing ("have been supported by Iran"), nor does a subject
 * whose "have been" is an auxiliary before a judgement of it; an adjective of attitude stays its subject's even with
 * "by". A person named with a title holds what they said or what they publicly welcomed, condemned or reaffirmed (a
 * readout's "President Biden welcomed …"), not what they are said to believe. {@code author} means the voice of the
 * text.
 */
class HolderRulesTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Taliban have informed us that the road to the airport will be safe.|Taliban",
        "Hamas has assured the mediators that it is ready for a fair deal.|Hamas",
        "The Houthis have been supported by Iran for years, which is dangerous.|author",
        "Officials were worried by the sudden move.|Officials",
        "Officials have little hope for the talks.|Officials",
        "Syria has been synonymous with war and exodus for too long.|author",
        "The Kremlin said that the talks were useful.|Russia",
        "I mean, we know that China views the trade deal favorably.|China",
        "I think that China would be wise to accept the trade deal.|author",
        "President Biden welcomed the new port agreement as a real step forward.|Biden",
        "Prime Minister Kishida condemned the reckless missile launch.|Kishida",
        "The leaders reaffirmed the importance of a stable and open sea lane.|leaders",
        "President Biden said the harbour talks were useful.|Biden",
        "President Biden was welcomed warmly by the delighted crowd.|author",
        "President Biden believes the talks are a waste of time.|author"})
    void holder(String sentence, String expected) throws Exception {
        Assessment a = LastAssessment.of(dir, sentence.strip());
        assertThat(a.holder().name()).as("%s (cues %s)", sentence, a.cues()).isEqualTo(expected);
    }

}
