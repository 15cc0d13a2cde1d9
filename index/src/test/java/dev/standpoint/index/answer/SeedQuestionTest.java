package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.embed.DocumentEmbedder;
import dev.standpoint.index.embed.MiniLmEncoder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question that started the project, asked of an index holding the seed document and the project's own
 * examples (as distractors): the verdict is negative and the answer cites "extremely skeptical" or "waste of time".
 * Skipped when {@code ../shared} is absent.
 */
class SeedQuestionTest {

    private static final String QUESTION = "How do U.S. experts assess Abe's attempts to improve relations with Russia?";

    @TempDir
    Path tmp;

    /** BM25 alone (an index built without vectors), and hybrid with key points grouped by vectors, as shipped. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void usExpertsOnAbesOutreachToRussiaAreNegative(boolean hybrid) {
        Path seed = TestDocuments.shared("corpus").map(s -> s.resolve("corpus/000_2b2161b416bfd54f.txt"))
                .filter(Files::isRegularFile).orElse(null);
        assumeTrue(seed != null, "../shared/corpus is not present");
        Encoder encoder = MiniLmEncoder.shared();
        StandpointHome home = new StandpointHome(tmp.resolve("home-" + hybrid));
        try (LuceneStore store = hybrid ? LuceneStore.open(home, "test", "test", encoder.name())
                : LuceneStore.open(home, "test", "test")) {
            new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), store, new SourceArchive(home.sources()), 2,
                    hybrid ? new DocumentEmbedder(encoder, DocumentEmbedder.Scope.CLAIMS) : null)
                    .ingest(List.of(seed, Path.of("../examples")), IngestListener.SILENT);
            AnswerBuilder answers = new AnswerBuilder(new QuestionAnalyser(TestDocuments.analyser().linker()),
                    new ClaimRetriever(store, AnswerSettings.DEFAULT, hybrid ? encoder : null),
                    hybrid ? Similarity.stored(store, Similarity.SAME_POINT_COSINE) : Similarity.LEXICAL,
                    AnswerSettings.DEFAULT);
            Answer a = answers.answer(QUESTION, SearchFilter.NONE);
            assertThat(a.verdict().label()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.verdict().heldBy()).as("the question asks for U.S. experts' view").contains("U.S. experts");
            assertThat(a.citations()).extracting(Citation::text)
                    .anyMatch(t -> t.contains("extremely skeptical") || t.contains("waste of time"));
            assertThat(a.citations()).allMatch(c -> c.title().startsWith("How do U.S. experts assess"),
                    "every citation comes from the seed document, not from the distractors");
            assertThat(a.keyPoints()).allMatch(k -> k.support() >= 1 && k.citations().contains(k.label()));
            assertThat(a.keyPoints().stream().flatMap(k -> k.citations().stream()))
                    .as("an assessment makes one key point").doesNotHaveDuplicates()
                    .hasSize(a.keyPoints().stream().mapToInt(KeyPoint::support).sum());
        }
    }
}
