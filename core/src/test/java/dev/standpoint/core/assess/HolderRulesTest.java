package dev.standpoint.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose view a sentence states, on sentences written for this test: a party that informed or assured the speaker
 * holds what it said, and so does one whose view the speaker knows ("we know that China views it favorably", not
 * "I think that China would be wise to"); a passive verb's subject holds nothing ("have been supported by Iran"), nor does a subject
 * whose "have been" is an auxiliary before a judgement of it; an adjective of attitude stays its subject's even with
 * "by". {@code author} means the voice of the text.
 */
class HolderRulesTest {

    private static Analyser analyser;
    private static DocumentParser parser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        analyser = new Analyser(KnowledgeBaseLoader.shipped());
        parser = new DocumentParser(new Readers(), new StructureDetector(), InputLimits.defaults());
    }

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
        "I think that China would be wise to accept the trade deal.|author"})
    void holder(String sentence, String expected) throws Exception {
        Assessment a = analyse(sentence.strip());
        assertThat(a.holder().name()).as("%s (cues %s)", sentence, a.cues()).isEqualTo(expected);
    }

    private static Assessment analyse(String sentence) throws Exception {
        Path file = Files.writeString(dir.resolve(Integer.toHexString(sentence.hashCode()) + ".txt"), sentence + "\n");
        List<AnalysedSentence> sentences = analyser.analyse(parser.parse(file, file.getFileName().toString())
                .document()).sentences();
        return sentences.stream().filter(s -> s.assessment() != null).reduce((x, y) -> y).orElseThrow().assessment();
    }
}
