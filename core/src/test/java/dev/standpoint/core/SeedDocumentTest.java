package dev.standpoint.core;

import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole flow, file → Document → AnalysedDocument, on the seed document of the shared corpus. Skips when the
 * shared folder is absent (it is not part of the repository).
 */
class SeedDocumentTest {

    private static final String SEED = "corpus/000_2b2161b416bfd54f.txt";

    private static String raw;
    private static Document doc;
    private static AnalysedDocument analysed;

    /**
     * The shared folder: the {@code standpoint.shared} property when it names a directory (surefire sets it), else
     * {@code ../../shared} from the module directory.
     */
    static Path sharedDirectory() {
        String property = System.getProperty("standpoint.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("../../shared");
    }

    @BeforeAll
    static void parseAndAnalyse() throws Exception {
        Path file = sharedDirectory().resolve(SEED);
        assumeTrue(Files.isRegularFile(file), "shared seed document not found at " + file.toAbsolutePath());
        raw = Files.readString(file, StandardCharsets.UTF_8);
        doc = new DocumentParser(new Readers(), new StructureDetector(), InputLimits.defaults()).parse(file, SEED)
                .document();
        analysed = new Analyser(KnowledgeBaseLoader.shipped()).analyse(doc);
    }

    /** The paragraphs of the file as written: runs of lines between blank lines. */
    private static List<String> rawParagraphs() {
        return Arrays.stream(raw.split("\\n[ \\t\\u00A0]*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static AnalysedSentence sentenceAt(int offset) {
        return analysed.sentences().stream()
                .filter(s -> s.sentence().span().start() <= offset && offset < s.sentence().span().end())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sentence covers offset " + offset));
    }

    private static AnalysedSentence sentenceStartingWith(String prefix) {
        return analysed.sentences().stream().filter(s -> s.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with '" + prefix + "'"));
    }

    private static List<String> linked(String entityId) {
        return analysed.sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.entityId().equals(entityId)).map(m -> m.span().of(doc.text())).toList();
    }

    @Test
    void threeQuestionsAreQuestionParagraphs() {
        List<String> questions = rawParagraphs().stream().filter(p -> p.endsWith("?")).toList();
        assertThat(questions).as("question paragraphs in the file").hasSize(3);

        List<Paragraph> found = doc.paragraphs().stream().filter(p -> p.role() == Role.QUESTION).toList();

        assertThat(found).extracting(p -> p.span().of(doc.text())).containsExactlyElementsOf(questions)
                .allSatisfy(q -> assertThat(q).endsWith("?"));
        assertThat(found).extracting(Paragraph::qa).containsExactly(0, 1, 2);
        assertThat(doc.qaPairs()).allSatisfy(pair -> assertThat(pair.answer()).isNotEmpty());
    }

    @Test
    void questionSentencesAreNeverAssessments() {
        assertThat(analysed.sentences()).filteredOn(s -> s.sentence().role() == Role.QUESTION)
                .hasSizeGreaterThanOrEqualTo(3)
                .noneMatch(AnalysedSentence::isAssessment);
    }

    @Test
    void authorIsTheFooterByline() {
        assertThat(doc.authors()).containsExactly("James L. Schoff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"This Q&A was published as part of", "The opinions, findings, and conclusions"})
    void disclaimerSentencesAreBoilerplateWithoutAssessment(String start) {
        AnalysedSentence s = sentenceStartingWith(start);

        assertThat(s.sentence().role()).isEqualTo(Role.BOILERPLATE);
        assertThat(s.assessment()).isNull();
        assertThat(s.isAssessment()).isFalse();
    }

    @Test
    void disclaimerIsTwoSentences() {
        AnalysedSentence first = sentenceStartingWith("This Q&A was published as part of");
        AnalysedSentence second = sentenceStartingWith("The opinions, findings, and conclusions");

        assertThat(second.sentence().index()).isEqualTo(first.sentence().index() + 1);
        assertThat(first.text()).endsWith("the U.S. Embassy to Russia.");
        assertThat(second.text()).endsWith("the U.S. Embassy to Russia.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"U.S. Secretary of State Antony Blinken", "the U.S. Embassy to Russia", "James L. Schoff",
        "North-South Korea relations", "Japanese Foreign Minister Toshimitsu Motegi"})
    void abbreviationsDoNotSplitSentences(String phrase) {
        int at = doc.text().indexOf(phrase);
        assertThat(at).as("'%s' occurs in the document", phrase).isNotNegative();
        int occurrences = 0;
        for (int i = at; i >= 0; i = doc.text().indexOf(phrase, i + 1)) {
            assertThat(sentenceAt(i).text()).contains(phrase);
            occurrences++;
        }
        assertThat(occurrences).isPositive();
    }

    @Test
    void quotationEndingAClauseIsOneSentence() {
        int at = doc.text().indexOf("at the same time,\u201d");
        assertThat(at).isNotNegative();

        AnalysedSentence s = sentenceAt(at);

        assertThat(s.text()).startsWith("And if Suga came to Biden")
                .endsWith("at the same time,\u201d I think the United States would be open to that.");
        assertThat(s.sentence().role()).isEqualTo(Role.ANSWER);
    }

    @Test
    void quotedYesEndsItsSentence() {
        AnalysedSentence s = sentenceStartingWith("I think the answer is");

        assertThat(s.text()).isEqualTo("I think the answer is \u201cyes.\u201d");
    }

    @Test
    void everySentenceIsItsSpanOfTheText() {
        assertThat(analysed.sentences()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.text()).isEqualTo(doc.text().substring(s.sentence().span().start(),
                    s.sentence().span().end()));
            assertThat(s.text()).isEqualTo(s.text().strip());
        });
        List<Integer> indexes = analysed.sentences().stream().map(s -> s.sentence().index()).toList();
        assertThat(indexes).isEqualTo(java.util.stream.IntStream.range(0, indexes.size()).boxed().toList());
    }

    @Test
    void sentencesCoverTheAnswers() {
        String answers = doc.paragraphs().stream().filter(p -> p.role() == Role.ANSWER)
                .map(p -> TextNormaliser.collapseWhitespace(p.span().of(doc.text()))).reduce("", String::concat);
        String sentences = analysed.sentences().stream().filter(s -> s.sentence().role() == Role.ANSWER
                        || s.sentence().role() == Role.BOILERPLATE && doc.paragraphs().get(s.sentence().paragraph())
                        .role() == Role.ANSWER)
                .map(AnalysedSentence::displayText).reduce("", String::concat);

        assertThat(sentences.replace(" ", "")).isEqualTo(answers.replace(" ", ""));
    }

    @Test
    void abeIsShinzoAbe() {
        assertThat(linked("person:shinzo-abe")).hasSizeGreaterThanOrEqualTo(3).containsOnly("Abe");
        int possessive = doc.text().indexOf("Abe\u2019s attempts");
        assertThat(sentenceAt(possessive).mentions()).anySatisfy(m -> {
            assertThat(m.entityId()).isEqualTo("person:shinzo-abe");
            assertThat(m.span().start()).isEqualTo(possessive);
        });
    }

    @Test
    void metonymsStandForStates() {
        assertThat(linked("RUS")).contains("Moscow");
        assertThat(linked("USA")).contains("Washington");
    }

    @Test
    void quadAndG7AreLinked() {
        assertThat(linked("org:quad")).containsExactly("Quad");
        assertThat(linked("org:g7")).containsExactly("G7");
        assertThat(linked("org:two-plus-two")).containsExactly("two plus two");
    }

    @Test
    void dyadsOfTheSeed() {
        AnalysedSentence title = sentenceStartingWith("How do U.S. experts assess");
        AnalysedSentence consultation = sentenceStartingWith("It requires very close U.S.-Japanese consultation");

        assertThat(title.dyads()).extracting(d -> d.key()).contains("JPN|RUS");
        assertThat(consultation.dyads()).extracting(d -> d.key()).contains("JPN|USA");
    }

    @Test
    void bylineAndBoilerplateAreNotLinked() {
        assertThat(analysed.sentences()).filteredOn(s -> !s.sentence().role().isAnalysed())
                .allSatisfy(s -> assertThat(s.mentions()).as(s.text()).isEmpty());
    }
}
