package dev.standpoint.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.answer.AnswerSettings;
import dev.standpoint.index.answer.ClaimRetriever;
import dev.standpoint.index.answer.QuestionAnalyser;
import dev.standpoint.index.answer.Similarity;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development questions ({@code ../shared/eval/dev-ask.jsonl}) on a fixed slice of the corpus ANNOTATION.md
 * prescribes, small enough for CI: the White House documents of the six months the questions name (364), the UN
 * General Debate sessions of their three speeches (582) and the seed document, by BM25. Which questions pass is
 * pinned in {@code eval/dev-ask-subset.properties}, both ways: a question that stops passing fails, and so does one
 * that starts to (update the file on purpose). The full-corpus figures are in docs/evaluation.md. Skipped when
 * {@code ../shared} is absent.
 */
class DevAskSubsetTest {

    private static final List<String> MONTHS = List.of("2021-03", "2021-05", "2021-06", "2021-09", "2022-06",
            "2024-02");
    private static final List<String> SESSIONS = List.of("Session 69 - 2014", "Session 70 - 2015",
            "Session 74 - 2019");

    @TempDir
    Path tmp;

    @Test
    void theDevelopmentQuestionsThatPassAreThePinnedOnes() throws IOException {
        Path shared = TestDocuments.shared("eval/dev-ask.jsonl").orElse(null);
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("datasets/whitehouse-briefings-ir/docs")),
                "../shared with the eval and the White House corpus is not present");
        List<Path> inputs = new ArrayList<>();
        Path whiteHouse = shared.resolve("datasets/whitehouse-briefings-ir/docs");
        try (Stream<Path> kinds = Files.list(whiteHouse)) {
            for (Path kind : kinds.sorted().toList()) {
                MONTHS.stream().map(kind::resolve).filter(Files::isDirectory).forEach(inputs::add);
            }
        }
        Path un = shared.resolve("datasets/un-general-debates-subset/TXT");
        SESSIONS.stream().map(un::resolve).forEach(inputs::add);
        inputs.add(shared.resolve("corpus"));
        List<AskCase> cases = QuestionSet.read(shared.resolve("eval/dev-ask.jsonl"));

        StandpointHome home = new StandpointHome(tmp.resolve("home"));
        Set<Integer> passing = new TreeSet<>();
        try (LuceneStore store = LuceneStore.open(home, "test", "test")) {
            new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), store, new SourceArchive(home.sources()), 2,
                    null).ingest(inputs, IngestListener.SILENT);
            AnswerBuilder answers = new AnswerBuilder(new QuestionAnalyser(TestDocuments.analyser().linker()),
                    new ClaimRetriever(store, AnswerSettings.DEFAULT), Similarity.LEXICAL, AnswerSettings.DEFAULT);
            for (int i = 0; i < cases.size(); i++) {
                Answer a = answers.answer(cases.get(i).question(), SearchFilter.NONE);
                if (cases.get(i).passes(a)) {
                    passing.add(i + 1);
                }
            }
        }
        assertThat(passing).as("the development questions that pass (1-based lines of dev-ask.jsonl), against "
                + "eval/dev-ask-subset.properties").isEqualTo(expected());
    }

    private static Set<Integer> expected() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DevAskSubsetTest.class.getResourceAsStream("/eval/dev-ask-subset.properties")) {
            assertThat(in).as("eval/dev-ask-subset.properties on the test class path").isNotNull();
            p.load(in);
        }
        return Stream.of(p.getProperty("passing", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
