package dev.standpoint.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.SentenceVectors;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.StoreException;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.embed.DocumentEmbedder;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid search in the store: a paraphrase that shares no word with the question is found by meaning. */
class HybridSearchTest {

    private static final String PARAPHRASE = "Japan's attempts to improve relations with Russia have stalled again.";
    private static final String QUESTION = "Tokyo's outreach to the Kremlin";

    private static final String DIPLOMACY = """
            Notes on Northeast Asian Diplomacy

            By Ilse Marchetti-Obi

            %s Fisheries inspectors met in Sapporo in May. The Baltic ports handled record grain volumes last \
            year. Tokyo and the Kremlin are both outreach-minded, said the brochure of the outreach office.
            """.formatted(PARAPHRASE);

    private static final Encoder ENCODER = MiniLmEncoder.shared();
    private static AnalysedDocument diplomacy;
    private static AnalysedDocument natoBaltic;

    @TempDir
    Path tmp;

    @BeforeAll
    static void analyse(@TempDir Path dir) {
        TestDocuments.writeAll(dir);
        diplomacy = TestDocuments.analyse(TestDocuments.write(dir.resolve("diplomacy.txt"), DIPLOMACY));
        natoBaltic = TestDocuments.analyse(dir.resolve("nato-baltic.txt"));
    }

    private LuceneStore storeWithVectors(DocumentEmbedder.Scope scope) {
        LuceneStore store = LuceneStore.open(new StandpointHome(tmp.resolve("home")), "test", "test", ENCODER.name());
        DocumentEmbedder embedder = new DocumentEmbedder(ENCODER, scope);
        for (AnalysedDocument d : List.of(diplomacy, natoBaltic)) {
            store.add(d, null, embedder.embed(d));
        }
        store.commit();
        return store;
    }

    private static SentenceQuery query(Retrieval retrieval, int limit) {
        return SentenceQuery.of(QUESTION, limit).withVector(ENCODER.embed(QUESTION)).withRetrieval(retrieval);
    }

    private static List<String> texts(List<SentenceHit> hits) {
        return hits.stream().map(h -> h.sentence().displayText()).toList();
    }

    @Test
    void bm25MissesTheParaphrase_hybridFindsItFirst() {
        try (LuceneStore store = storeWithVectors(DocumentEmbedder.Scope.ALL)) {
            assertThat(texts(store.search(query(Retrieval.BM25, 10)))).doesNotContain(PARAPHRASE)
                    .first().asString().contains("outreach");
            for (Fusion f : List.of(Fusion.LINEAR, Fusion.RRF)) {
                List<SentenceHit> hits = store.search(query(Retrieval.DEFAULT.withFusion(f), 2));
                assertThat(texts(hits)).as(f.label()).contains(PARAPHRASE);
            }
            assertThat(texts(store.search(query(Retrieval.DEFAULT.withMode(Retrieval.Mode.DENSE), 2))))
                    .contains(PARAPHRASE);
        }
    }

    @Test
    void withoutAVectorTheSearchIsBm25() {
        try (LuceneStore store = storeWithVectors(DocumentEmbedder.Scope.ALL)) {
            assertThat(texts(store.search(SentenceQuery.of(QUESTION, 10))))
                    .isEqualTo(texts(store.search(query(Retrieval.BM25, 10))));
        }
    }

    @Test
    void hybridKeepsTheFiltersOfTheQuery() {
        try (LuceneStore store = storeWithVectors(DocumentEmbedder.Scope.ALL)) {
            SentenceQuery natoOnly = new SentenceQuery(QUESTION, new dev.standpoint.index.Boosts(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), ""), false, false,
                    dev.standpoint.index.SearchFilter.NONE.withDocuments(
                            java.util.Set.of(natoBaltic.document().id())), 50)
                    .withVector(ENCODER.embed(QUESTION)).withRetrieval(Retrieval.DEFAULT.withFloor(-1));
            assertThat(store.search(natoOnly)).isNotEmpty()
                    .allMatch(h -> h.document().id().equals(natoBaltic.document().id()));
        }
    }

    @Test
    void aQuestionAboutNothingInTheIndexFindsNothing_thoughNearestNeighboursExist() {
        String nonsense = "What about the price of bananas on Jupiter?";
        try (LuceneStore store = storeWithVectors(DocumentEmbedder.Scope.ALL)) {
            SentenceQuery q = SentenceQuery.of(nonsense, 10).withVector(ENCODER.embed(nonsense));
            assertThat(store.search(q.withRetrieval(Retrieval.BM25))).isEmpty();
            assertThat(store.search(q)).isEmpty();
            assertThat(store.search(q.withRetrieval(Retrieval.DEFAULT.withMode(Retrieval.Mode.DENSE)))).isEmpty();
            assertThat(store.search(q.withRetrieval(Retrieval.DEFAULT.withFloor(-1)))).hasSize(10);
        }
    }

    @Test
    void claimScopeEmbedsOnlyAssessmentsAndForecasts() {
        DocumentEmbedder claims = new DocumentEmbedder(ENCODER, DocumentEmbedder.Scope.CLAIMS);
        SentenceVectors v = claims.embed(natoBaltic);
        long expected = natoBaltic.sentences().stream().filter(s -> s.sentence().role().isAnalysed())
                .filter(DocumentEmbedder::isClaim).count();
        assertThat(v.size()).isEqualTo(expected).isPositive()
                .isLessThan((int) TestDocuments.analysedSentences(natoBaltic));
        assertThat(v.encoder()).isEqualTo(ENCODER.name());
    }

    @Test
    void theManifestRecordsTheEncoder_andAnotherEncodersVectorsAreRefused() {
        try (LuceneStore store = storeWithVectors(DocumentEmbedder.Scope.CLAIMS)) {
            assertThat(store.manifest().encoder()).isEqualTo(ENCODER.name());
            assertThat(store.stats().manifest().hasVectors()).isTrue();
            SentenceVectors foreign = new SentenceVectors("other-encoder", java.util.Map.of(0, new float[384]));
            assertThatThrownBy(() -> store.add(diplomacy, null, foreign)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("other-encoder");
        }
        StandpointHome home = new StandpointHome(tmp.resolve("home"));
        try (LuceneStore reader = LuceneStore.openReadOnly(home)) {
            assertThat(reader.encoder()).isEqualTo(ENCODER.name());
        }
        try (LuceneStore bm25Writer = LuceneStore.open(home, "test", "test")) {
            assertThat(bm25Writer.encoder()).as("an ingest without embeddings keeps the recorded encoder")
                    .isEqualTo(ENCODER.name());
        }
        assertThatThrownBy(() -> LuceneStore.open(home, "test", "test", "other-encoder"))
                .isInstanceOf(StoreException.class).hasMessageContaining("reindex");
    }

    @Test
    void anIndexWithoutVectorsIsSearchedByBm25EvenGivenAVector() {
        try (LuceneStore store = LuceneStore.open(new StandpointHome(tmp.resolve("bm25")), "test", "test")) {
            store.add(diplomacy, null);
            store.commit();
            assertThat(store.encoder()).isEmpty();
            assertThat(store.manifest().hasVectors()).isFalse();
            assertThat(texts(store.search(query(Retrieval.DEFAULT, 10))))
                    .isEqualTo(texts(store.search(SentenceQuery.of(QUESTION, 10))));
        }
    }
}
