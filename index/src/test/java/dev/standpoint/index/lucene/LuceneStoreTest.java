package dev.standpoint.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Mention;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.StoreException;
import dev.standpoint.index.TestDocuments;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {

    private static final String VERSION = "test-1";
    private static final String ANALYSER = "test-analyser";

    private static AnalysedDocument japanRussia;
    private static AnalysedDocument natoBaltic;
    private static AnalysedDocument chinaJapan;

    @TempDir
    Path tmp;

    @BeforeAll
    static void analyseFixtures(@TempDir Path dir) {
        TestDocuments.writeAll(dir);
        japanRussia = TestDocuments.analyse(dir.resolve("japan-russia.txt"));
        natoBaltic = TestDocuments.analyse(dir.resolve("nato-baltic.txt"));
        chinaJapan = TestDocuments.analyse(dir.resolve("china-japan.md"));
    }

    private StandpointHome home() {
        return new StandpointHome(tmp.resolve("home"));
    }

    private LuceneStore openWithAll() {
        LuceneStore store = LuceneStore.open(home(), VERSION, ANALYSER);
        store.add(japanRussia, "hash-jr");
        store.add(natoBaltic, "hash-nb");
        store.add(chinaJapan, "hash-cj");
        store.commit();
        return store;
    }

    private static List<AnalysedDocument> all() {
        return List.of(japanRussia, natoBaltic, chinaJapan);
    }

    @Test
    void aStoredDocumentReadsBackEqualToWhatWasAdded() {
        try (LuceneStore store = openWithAll()) {
            for (AnalysedDocument d : all()) {
                assertThat(store.document(d.document().id())).contains(d);
                assertThat(store.contains(d.document().id())).isTrue();
            }
            assertThat(store.document("0000000000000000")).isEmpty();
            assertThat(store.contains("0000000000000000")).isFalse();
            assertThat(store.documentForFile("hash-nb")).contains(natoBaltic.document().id());
            assertThat(store.documentForFile("no-such-hash")).isEmpty();
        }
    }

    @Test
    void documentsArePagedInTitleOrder() {
        try (LuceneStore store = openWithAll()) {
            List<String> titles = store.documents(0, 10).stream().map(DocumentSummary::title).toList();
            assertThat(titles).containsExactly("China and Japan in the East China Sea",
                    "Japan and Russia After the Freeze", "NATO on the Baltic Flank");
            assertThat(store.documents(0, 2)).extracting(DocumentSummary::title).containsExactly(titles.get(0),
                    titles.get(1));
            assertThat(store.documents(2, 2)).extracting(DocumentSummary::title).containsExactly(titles.get(2));
            assertThat(store.documents(3, 2)).isEmpty();

            DocumentSummary nato = store.documents(2, 1).get(0);
            assertThat(nato.id()).isEqualTo(natoBaltic.document().id());
            assertThat(nato.authors()).containsExactly("Oskar Lindahl-Mbeki");
            assertThat(nato.format()).isEqualTo("txt");
            assertThat(nato.sentences()).isEqualTo(natoBaltic.sentences().size());
            assertThat(nato.assessments()).isEqualTo(natoBaltic.assessments().size());
        }
    }

    @Test
    void searchFindsTheRightSentenceFirstWithItsQuestion() {
        try (LuceneStore store = openWithAll()) {
            List<SentenceHit> hits = store.search(SentenceQuery.of("Finland accession", 5));
            assertThat(hits).isNotEmpty();
            SentenceHit top = hits.get(0);
            assertThat(top.sentence().displayText()).isEqualTo(
                    "Finland's accession to NATO was a strategically sound decision that strengthens the whole region.");
            assertThat(top.document().id()).isEqualTo(natoBaltic.document().id());
            assertThat(top.context()).isEqualTo("How do you assess NATO's new forward presence in the Baltic states?");
            assertThat(top.id()).isEqualTo(natoBaltic.document().id() + "#" + top.sentence().sentence().index());
            assertThat(top.sentence()).isEqualTo(natoBaltic.sentences().get(top.sentence().sentence().index()));
            for (int i = 1; i < hits.size(); i++) {
                assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
            }
        }
    }

    @Test
    void searchSkipsSentencesThatAreNotAnalysed() {
        try (LuceneStore store = openWithAll()) {
            // Bylines are not sentence records: the author's name is in no stored sentence.
            List<SentenceHit> hits = store.search(SentenceQuery.of("Tanabe-Corwin", 10));
            assertThat(hits).isEmpty();
        }
    }

    @Test
    void entityBoostLiftsSentencesMentioningTheEntity() {
        try (LuceneStore store = openWithAll()) {
            for (String entity : List.of("CHN", "RUS")) {
                SentenceQuery q = new SentenceQuery("serious mistake", new dev.standpoint.index.Boosts(Set.of(entity), Set.of(), Set.of(), Set.of(), Set.of(), java.util.Set.of(), java.util.Set.of(), ""), false, false, SearchFilter.NONE, 5);
                SentenceHit top = store.search(q).get(0);
                assertThat(top.sentence().text()).contains("serious mistake");
                assertThat(top.sentence().mentions()).extracting(Mention::entityId).contains(entity);
            }
        }
    }

    @Test
    void dyadBoostLiftsSentencesAboutTheRelationship() {
        try (LuceneStore store = openWithAll()) {
            for (String dyad : List.of("CHN|JPN", "JPN|RUS", "org:eu|org:nato")) {
                SentenceQuery q = new SentenceQuery("Japan NATO", new dev.standpoint.index.Boosts(Set.of(), Set.of(dyad), Set.of(), Set.of(), Set.of(), java.util.Set.of(), java.util.Set.of(), ""), false, false, SearchFilter.NONE, 5);
                SentenceHit top = store.search(q).get(0);
                assertThat(top.sentence().dyads()).extracting(Dyad::key).as("top hit for %s", dyad).contains(dyad);
            }
        }
    }

    @Test
    void filtersConstrainTheHits() {
        try (LuceneStore store = openWithAll()) {
            String nato = natoBaltic.document().id();
            SentenceQuery all = new SentenceQuery("", new dev.standpoint.index.Boosts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), java.util.Set.of(), java.util.Set.of(), ""), false, false,
                    SearchFilter.NONE.withDocuments(Set.of(nato)), 1000);
            assertThat(store.search(all)).hasSize((int) TestDocuments.analysedSentences(natoBaltic))
                    .allSatisfy(h -> assertThat(h.document().id()).isEqualTo(nato));

            SentenceQuery assessments = new SentenceQuery("", new dev.standpoint.index.Boosts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), java.util.Set.of(), java.util.Set.of(), ""), true,
                    false, SearchFilter.NONE, 1000);
            assertThat(store.search(assessments)).hasSize(
                    all().stream().mapToInt(d -> d.assessments().size()).sum());

            SentenceQuery from2024 = new SentenceQuery("", new dev.standpoint.index.Boosts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), java.util.Set.of(), java.util.Set.of(), ""), false,
                    false, new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 2024, 2024), 1000);
            assertThat(store.search(from2024)).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.document().id()).isEqualTo(chinaJapan.document().id()));

            List<SentenceHit> natoSentences = store.search(all);
            Set<String> two = Set.of(natoSentences.get(0).id(), natoSentences.get(natoSentences.size() - 1).id());
            SentenceQuery chosen = new SentenceQuery("", dev.standpoint.index.Boosts.NONE, false, false,
                    SearchFilter.NONE.withSentences(two), 1000);
            assertThat(store.search(chosen)).extracting(SentenceHit::id).containsExactlyInAnyOrderElementsOf(two);
            assertThat(store.count(SearchFilter.NONE.withCountries(Set.of("NOR")))).isZero();
        }
    }

    @Test
    void polarityFacetCountsTheAssessments() {
        try (LuceneStore store = openWithAll()) {
            Map<String, Long> expected = new HashMap<>();
            for (AnalysedDocument d : all()) {
                for (AnalysedSentence s : d.assessments()) {
                    expected.merge(s.assessment().polarity().label(), 1L, Long::sum);
                }
            }
            Map<String, Long> counts = store.facet("polarity", SearchFilter.NONE, 10);
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(counts.get("negative")).isGreaterThan(0);
            assertThat(counts.get("positive")).isGreaterThan(0);
            List<Long> values = List.copyOf(counts.values());
            for (int i = 1; i < values.size(); i++) {
                assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
            }

            Map<String, Long> natoOnly = store.facet("polarity",
                    SearchFilter.NONE.withDocuments(Set.of(natoBaltic.document().id())), 10);
            assertThat(natoOnly.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(natoBaltic.assessments().size());
            assertThat(store.facet("no-such-dimension", SearchFilter.NONE, 10)).isEmpty();
        }
    }

    @Test
    void statsCountWhatWasStored() {
        try (LuceneStore store = openWithAll()) {
            IndexStats s = store.stats();
            long sentences = all().stream().mapToLong(TestDocuments::analysedSentences).sum();
            long assessments = all().stream().mapToLong(d -> d.assessments().size()).sum();
            long forecasts = all().stream().flatMap(d -> d.sentences().stream())
                    .filter(x -> x.assessment() != null && x.assessment().forecast()).count();
            assertThat(s.documents()).isEqualTo(3);
            assertThat(s.sentences()).isEqualTo(sentences);
            assertThat(s.assessments()).isEqualTo(assessments);
            assertThat(s.forecasts()).isEqualTo(forecasts).isPositive();
            assertThat(s.facets()).containsKeys("polarity", "holder", "author", "entity", "dyad", "year");
            assertThat(s.facets().get("author")).containsKeys("Oskar Lindahl-Mbeki", "Mireille Tanabe-Corwin",
                    "Priya Okafor-Lund");
            assertThat(s.facets().get("year")).containsOnlyKeys("2024");
            assertThat(s.facets().get("entity")).containsKeys("JPN", "RUS", "CHN");
            assertThat(s.manifest().documents()).isEqualTo(3);
            assertThat(s.manifest().sentences()).isEqualTo(sentences);
            assertThat(s.manifest().standpointVersion()).isEqualTo(VERSION);
            assertThat(s.manifest().analyser()).isEqualTo(ANALYSER);
            assertThat(home().manifest()).exists();
        }
    }

    @Test
    void statsOfAnEmptyIndex() {
        try (LuceneStore store = LuceneStore.open(home(), VERSION, ANALYSER)) {
            IndexStats s = store.stats();
            assertThat(s.documents()).isZero();
            assertThat(s.sentences()).isZero();
            assertThat(store.documents(0, 10)).isEmpty();
            assertThat(store.search(SentenceQuery.of("Japan", 10))).isEmpty();
        }
        try (LuceneStore reader = LuceneStore.openReadOnly(new StandpointHome(tmp.resolve("never-written")))) {
            assertThat(reader.stats().documents()).isZero();
            assertThat(reader.search(SentenceQuery.of("Japan", 10))).isEmpty();
        }
    }

    /** A document whose sentences carry no facet value at all (no author, date, entity or assessment). */
    @Test
    void statsOfAnIndexWithoutFacetValues(@TempDir Path dir) {
        AnalysedDocument plain = TestDocuments.analyse(TestDocuments.write(dir.resolve("notes.txt"),
                "Meeting notes\n\nThe meeting took place on a Tuesday.\n"));
        assertThat(plain.assessments()).isEmpty();
        try (LuceneStore store = LuceneStore.open(home(), VERSION, ANALYSER)) {
            store.add(plain, "hash-plain");
            store.commit();
            IndexStats s = store.stats();
            assertThat(s.documents()).isEqualTo(1);
            assertThat(s.facets().get("polarity")).isEmpty();
        }
        try (LuceneStore reader = LuceneStore.openReadOnly(home())) {
            assertThat(reader.stats().documents()).isEqualTo(1);
            assertThat(reader.facet("entity", SearchFilter.NONE, 10)).isEmpty();
        }
    }

    @Test
    void addingTheSameDocumentAgainReplacesIt() {
        try (LuceneStore store = openWithAll()) {
            IndexStats before = store.stats();
            store.add(natoBaltic, "hash-nb-2");
            store.add(natoBaltic, "hash-nb-3");
            store.commit();
            IndexStats after = store.stats();
            assertThat(after.documents()).isEqualTo(before.documents());
            assertThat(after.sentences()).isEqualTo(before.sentences());
            assertThat(store.documents(0, 10)).hasSize(3);
            assertThat(store.search(SentenceQuery.of("Finland accession", 10)))
                    .filteredOn(h -> h.sentence().text().startsWith("Finland's accession")).hasSize(1);
            assertThat(store.documentForFile("hash-nb-3")).contains(natoBaltic.document().id());
        }
    }

    @Test
    void readOnlyOpenSeesTheLastCommitOnly() {
        try (LuceneStore writer = LuceneStore.open(home(), VERSION, ANALYSER)) {
            writer.add(japanRussia, "hash-jr");
            writer.commit();
            writer.add(natoBaltic, "hash-nb");
            try (LuceneStore reader = LuceneStore.openReadOnly(home())) {
                assertThat(reader.contains(japanRussia.document().id())).isTrue();
                assertThat(reader.contains(natoBaltic.document().id())).isFalse();
                assertThat(reader.stats().documents()).isEqualTo(1);
                assertThat(reader.document(japanRussia.document().id())).contains(japanRussia);
                assertThatThrownBy(() -> reader.add(natoBaltic, "x")).isInstanceOf(IllegalStateException.class);
            }
            writer.commit();
            try (LuceneStore reader = LuceneStore.openReadOnly(home())) {
                assertThat(reader.stats().documents()).isEqualTo(2);
                assertThat(reader.contains(natoBaltic.document().id())).isTrue();
            }
        }
    }

    @Test
    void uncommittedAdditionsAreLostWhenTheWriterClosesWithoutCommit() {
        try (LuceneStore writer = LuceneStore.open(home(), VERSION, ANALYSER)) {
            writer.add(japanRussia, "hash-jr");
            writer.commit();
            writer.add(natoBaltic, "hash-nb");
        }
        try (LuceneStore reader = LuceneStore.openReadOnly(home())) {
            assertThat(reader.stats().documents()).isEqualTo(1);
        }
    }

    @Test
    void aSecondWriterFailsWithAMessageNamingTheIndex() {
        StandpointHome home = home();
        try (LuceneStore first = LuceneStore.open(home, VERSION, ANALYSER)) {
            assertThatThrownBy(() -> LuceneStore.open(home, VERSION, ANALYSER))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(home.index().toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat "));
            first.add(japanRussia, "hash-jr");
            first.commit();
        }
        // The lock is released on close: the next writer opens.
        try (LuceneStore next = LuceneStore.open(home, VERSION, ANALYSER)) {
            assertThat(next.stats().documents()).isEqualTo(1);
        }
    }
}
