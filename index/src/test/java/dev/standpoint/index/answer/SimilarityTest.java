package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.embed.DocumentEmbedder;
import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key-point similarity: sentence vectors group paraphrases that share few words; words alone cannot. */
class SimilarityTest {

    private static final String TEXT = """
            Notes on Alliance Burden Sharing

            By Teodora Vantongeren-Sy

            I think the allies' pledges to raise military budgets are a welcome and serious commitment. \
            Frankly, it is encouraging that European governments now plan to spend far more on their armed forces. \
            The fisheries agreement, by contrast, was a clear failure for coastal communities.
            """;

    @TempDir
    Path tmp;

    private static List<SentenceHit> hits(LuceneStore store, AnalysedDocument d) {
        return d.sentences().stream().filter(s -> s.isAssessment())
                .map(s -> new SentenceHit(store.documents(0, 1).get(0), s, null, 1f)).toList();
    }

    @Test
    void vectorsGroupParaphrases_wordsDoNot_andAMissingVectorFallsBackToWords() {
        Encoder encoder = MiniLmEncoder.shared();
        AnalysedDocument d = TestDocuments.analyse(TestDocuments.write(tmp.resolve("burden.txt"), TEXT));
        try (LuceneStore store = LuceneStore.open(new StandpointHome(tmp.resolve("home")), "test", "test",
                encoder.name())) {
            store.add(d, null, new DocumentEmbedder(encoder, DocumentEmbedder.Scope.ALL).embed(d));
            store.commit();
            List<SentenceHit> hits = hits(store, d);
            assertThat(hits).hasSize(3);

            Similarity.Pairwise byMeaning = Similarity.stored(store, Similarity.SAME_POINT_COSINE).compare(hits);
            assertThat(byMeaning.method()).isEqualTo("embeddings");
            assertThat(byMeaning.same(0, 1)).as("two ways of welcoming higher defence spending: %s", java.util.Arrays.deepToString(byMeaning.values())).isTrue();
            assertThat(byMeaning.same(0, 2)).isFalse();
            assertThat(byMeaning.values()[0][1]).isEqualTo(byMeaning.values()[1][0]);

            Similarity.Pairwise byWords = Similarity.LEXICAL.compare(hits);
            assertThat(byWords.method()).isEqualTo("words");
            assertThat(byWords.same(0, 1)).isFalse();

            DocumentSummary d0 = hits.get(0).document();
            DocumentSummary elsewhere = new DocumentSummary("elsewhere", d0.title(), d0.authors(), d0.published(),
                    d0.source(), d0.format(), d0.sentences(), d0.assessments(), d0.year(), d0.country(),
                    d0.publisher());
            List<SentenceHit> withStranger = List.of(hits.get(0),
                    new SentenceHit(elsewhere, hits.get(1).sentence(), null, 1f));
            assertThat(Similarity.stored(store, Similarity.SAME_POINT_COSINE).compare(withStranger).method())
                    .as("a sentence without a stored vector puts the whole answer on the word scale").isEqualTo("words");
        }
    }
}
