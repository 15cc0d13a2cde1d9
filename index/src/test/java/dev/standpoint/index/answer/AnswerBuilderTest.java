package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerBuilderTest {

    private static final String JAPAN_RUSSIA = "How do experts assess Japan-Russia relations?";
    private static final String NATO = "How do experts view NATO's forward presence in the Baltic states?";
    private static final String CHINA = "How do experts assess China's conduct around the Senkaku Islands?";

    @TempDir
    static Path tmp;

    private static LuceneStore store;
    private static AnswerBuilder answers;

    @BeforeAll
    static void buildIndex() {
        Path in = TestDocuments.writeAll(tmp.resolve("in"));
        StandpointHome home = new StandpointHome(tmp.resolve("home"));
        try (LuceneStore writer = LuceneStore.open(home, "test", "test")) {
            IngestReport r = new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), writer,
                    new SourceArchive(home.sources()), 2).ingest(List.of(in), IngestListener.SILENT);
            assertThat(r.added()).isEqualTo(3);
        }
        store = LuceneStore.openReadOnly(home);
        answers = new AnswerBuilder(new QuestionAnalyser(TestDocuments.analyser().linker()),
                new ClaimRetriever(store, AnswerSettings.DEFAULT), Similarity.LEXICAL, AnswerSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Answer ask(String question) {
        return answers.answer(question, SearchFilter.NONE);
    }

    private static List<String> citedTexts(Answer a) {
        return a.citations().stream().map(Citation::text).toList();
    }

    @Test
    void japanRussiaRelationsAreAssessedNegatively() {
        Answer a = ask(JAPAN_RUSSIA);
        assertThat(a.verdict().label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(citedTexts(a)).contains(TestDocuments.SHARED_SENTENCE);
        assertThat(a.verdict().sides()).extracting(VerdictSide::polarity)
                .containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.MIXED);
        VerdictSide negative = a.verdict().sides().get(1);
        assertThat(negative.share()).isGreaterThanOrEqualTo(AnswerSettings.DEFAULT.majority());
        assertThat(a.verdict().assessments()).isPositive();
    }

    @Test
    void natoPresenceIsAssessedPositively() {
        Answer a = ask(NATO);
        assertThat(a.verdict().label()).isEqualTo(Polarity.POSITIVE);
        assertThat(citedTexts(a)).contains("The new brigade in Lithuania is very welcome, and it gives the alliance a "
                + "solid foundation for deterrence on its eastern flank.");
    }

    @Test
    void chinasConductIsAssessedNegatively() {
        Answer a = ask(CHINA);
        assertThat(a.verdict().label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(citedTexts(a)).contains(
                "China's coast guard patrols around the Senkaku Islands are provocative and deeply destabilising.");
    }

    @Test
    void aSentenceInTwoDocumentsIsCitedOnce() {
        Answer a = ask(JAPAN_RUSSIA);
        assertThat(citedTexts(a)).filteredOn(TestDocuments.SHARED_SENTENCE::equals).hasSize(1);
        assertThat(citedTexts(a)).doesNotHaveDuplicates();
        assertThat(a.keyPoints()).flatExtracting(KeyPoint::citations).doesNotHaveDuplicates();
    }

    @Test
    void conditionsAreQuotedFromTheirSentence() {
        Answer a = ask(JAPAN_RUSSIA);
        assertThat(a.conditions()).extracting(ConditionItem::text)
                .contains("as long as it does not weaken the sanctions regime");
        assertThat(a.forecasts()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {JAPAN_RUSSIA, NATO, CHINA, "Will tensions between China and Japan continue to rise?",
        "What do experts expect for Japan and Russia in the coming year?"})
    void everyItemOfAnAnswerIsACheckableQuotation(String question) {
        Answer a = ask(question);
        assertThat(a.question()).isEqualTo(question);
        assertThat(a.citations()).isNotEmpty();
        int n = a.citations().size();
        assertThat(a.citations()).extracting(Citation::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());

        for (Citation c : a.citations()) {
            AnalysedDocument d = store.document(c.documentId()).orElseThrow();
            assertThat(c.start()).isLessThan(c.end());
            assertThat(c.text()).as("citation %d", c.number())
                    .isEqualTo(TextNormaliser.collapseWhitespace(d.document().text().substring(c.start(), c.end())));
            assertThat(d.sentences().get(c.sentenceIndex()).sentence().span().start()).isEqualTo(c.start());
            assertThat(c.title()).isEqualTo(d.document().title());
            assertThat(c.author()).isEqualTo(d.document().byline());
            assertThat(c.relevance()).isBetween(0.0, 1.0);
            assertThat(c.weight()).isGreaterThanOrEqualTo(0.0);
        }
        for (KeyPoint k : a.keyPoints()) {
            assertThat(k.label()).isBetween(1, n);
            assertThat(k.citations()).contains(k.label()).allSatisfy(c -> assertThat(c).isBetween(1, n));
            assertThat(k.support()).isEqualTo(k.citations().size());
            assertThat(k.share()).isBetween(0.0, 1.0);
            assertThat(a.citation(k.label()).weight()).as("a key point is made by assessments").isPositive();
        }
        for (ConditionItem c : a.conditions()) {
            assertThat(c.citation()).isBetween(1, n);
            assertThat(a.citation(c.citation()).text()).contains(c.text());
            assertThat(c.text()).isNotBlank();
        }
        for (ForecastItem f : a.forecasts()) {
            assertThat(f.citation()).isBetween(1, n);
            for (String condition : f.conditions()) {
                assertThat(a.citation(f.citation()).text()).contains(condition);
            }
        }
        int counted = a.verdict().sides().stream().mapToInt(VerdictSide::assessments).sum();
        assertThat(counted).isLessThanOrEqualTo(a.verdict().assessments());
        double shares = a.verdict().sides().stream().mapToDouble(VerdictSide::share).sum();
        assertThat(shares).isCloseTo(counted == 0 ? 0.0 : 1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aFilterOnAnotherDocumentExcludesItsSentences() {
        String nato = store.documents(0, 10).stream().filter(s -> s.title().startsWith("NATO")).findFirst()
                .orElseThrow().id();
        Answer a = answers.answer(JAPAN_RUSSIA, SearchFilter.NONE.withDocuments(Set.of(nato)));
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.documentId()).isEqualTo(nato));
    }

    @Test
    void aQuestionNothingAnswersHasANeutralVerdictAndNoCitations() {
        Answer a = ask("How do experts assess the quality of Antarctic penguin colonies?");
        assertThat(a.verdict().label()).isEqualTo(Polarity.NEUTRAL);
        assertThat(a.citations()).isEmpty();
        assertThat(a.keyPoints()).isEmpty();
    }

    @Test
    void anEmptyQuestionIsRejected() {
        assertThatThrownBy(() -> ask("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ask("   \n ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ask(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuestionNamingADocumentOfAYearKeepsToThatYear_andAYearWithoutDocumentsDoesNotEmptyTheAnswer() {
        Answer in2024 = ask("In her 2024 interview, how did the expert assess Japan-Russia relations?");
        assertThat(in2024.citations()).isNotEmpty()
                .allMatch(c -> c.title().equals("China and Japan in the East China Sea"), "only the 2024 document");
        Answer in1999 = ask("In the 1999 interview, how did the expert assess Japan-Russia relations?");
        assertThat(citedTexts(in1999)).as("no document of 1999: the year cannot narrow")
                .contains(TestDocuments.SHARED_SENTENCE);
        assertThat(in1999.citations()).extracting(Citation::title).contains("Japan and Russia After the Freeze");
    }
}
