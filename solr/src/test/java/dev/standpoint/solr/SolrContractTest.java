package dev.standpoint.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.Store;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Partition;
import dev.standpoint.index.lucene.LuceneStore;
import dev.standpoint.index.search.Retrieval;
import dev.standpoint.index.StandpointHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same cases against the embedded Lucene store and a SolrCloud collection of 2 shards × 2 replicas on an
 * in-process cluster of 2 nodes: the project's examples, ingested into both with claims embedded, give the same
 * counts, listings, facets, BM25 scores, verdicts and cited sentences (tie order aside).
 */
class SolrContractTest {

    private static final List<String> QUESTIONS_EXTRA = List.of("Japan Russia peace treaty", "Baltic energy security",
            "semiconductor export controls", "grain corridor Black Sea");

    private static Path dir;
    private static MiniCluster cluster;
    private static LuceneStore lucene;
    private static SolrStore solr;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Fixture.tempDir("contract");
        cluster = MiniCluster.start(2, dir.resolve("cluster"));
        StoreLocation location = cluster.create("contract", 2, 2);
        lucene = LuceneStore.open(new StandpointHome(dir.resolve("embedded")), "test", "test", MiniLmEncoder.NAME);
        IngestReport a = Fixture.ingest(lucene, dir.resolve("embedded"), List.of(Fixture.EXAMPLES), true, 2, Partition.ALL);
        solr = SolrStore.open(location, "test", "test", MiniLmEncoder.NAME);
        IngestReport b = Fixture.ingest(solr, dir.resolve("solr-home"), List.of(Fixture.EXAMPLES), true, 2, Partition.ALL);
        assertThat(a.added()).isGreaterThan(5).isEqualTo(b.added());
        assertThat(b.vectors()).isEqualTo(a.vectors()).isPositive();
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (solr != null) {
            solr.close();
        }
        if (lucene != null) {
            lucene.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void countsListingsAndFacetsAreTheSame() {
        IndexStats l = lucene.stats();
        IndexStats s = solr.stats();
        assertThat(s.documents()).isEqualTo(l.documents());
        assertThat(s.sentences()).isEqualTo(l.sentences());
        assertThat(s.assessments()).isEqualTo(l.assessments());
        assertThat(s.forecasts()).isEqualTo(l.forecasts());
        for (String dim : l.facets().keySet()) {
            assertThat(s.facets().get(dim)).as(dim).isEqualTo(l.facets().get(dim));
        }
        assertThat(solr.manifest().encoder()).isEqualTo(MiniLmEncoder.NAME);
        assertThat(solr.manifest().documents()).isEqualTo(lucene.manifest().documents());
        assertThat(ids(solr.documents(0, 100))).isEqualTo(ids(lucene.documents(0, 100)));
        assertThat(ids(solr.documents(2, 3))).isEqualTo(ids(lucene.documents(2, 3)));
        String id = lucene.documents(0, 1).get(0).id();
        assertThat(solr.document(id)).isEqualTo(lucene.document(id));
        assertThat(solr.contains(id)).isTrue();
        assertThat(solr.contains("0000000000000000")).isFalse();
        SearchFilter one = SearchFilter.NONE.withDocuments(Set.of(id));
        assertThat(sentenceIds(solr.sentences(one, 0, 1000))).isEqualTo(sentenceIds(lucene.sentences(one, 0, 1000)));
        assertThat(sentenceIds(solr.sentences(SearchFilter.NONE, 5, 20)))
                .isEqualTo(sentenceIds(lucene.sentences(SearchFilter.NONE, 5, 20)));
        SearchFilter negative = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("negative"), null, null);
        assertThat(solr.count(negative)).isEqualTo(lucene.count(negative)).isPositive();
        List<String> ofOne = sentenceIds(lucene.sentences(one, 0, 1000));
        Set<String> chosen = Set.of(ofOne.get(0), ofOne.get(ofOne.size() - 1));
        SearchFilter twoSentences = SearchFilter.NONE.withSentences(chosen);
        assertThat(sentenceIds(solr.sentences(twoSentences, 0, 10))).isEqualTo(sentenceIds(lucene.sentences(twoSentences,
                0, 10))).hasSize(2);
        SearchFilter norway = SearchFilter.NONE.withCountries(Set.of("NOR"));
        assertThat(solr.count(norway)).isEqualTo(lucene.count(norway)).isZero();
    }

    /** With ExactStatsCache, BM25 over two shards scores every sentence as the one embedded index does. */
    @Test
    void bm25ScoresAreTheSameAcrossShards() {
        for (String q : QUESTIONS_EXTRA) {
            SentenceQuery query = SentenceQuery.of(q, 20).withRetrieval(Retrieval.BM25);
            Map<String, Float> l = scores(lucene.search(query));
            Map<String, Float> s = scores(solr.search(query));
            assertThat(s.keySet()).as(q).isNotEmpty();
            assertThat(common(l, s)).as(q).isGreaterThanOrEqualTo(l.size() - 2);
            l.forEach((id, score) -> {
                if (s.containsKey(id)) {
                    assertThat(s.get(id)).as(q + " " + id).isCloseTo(score, within(1e-3f));
                }
            });
        }
    }

    @Test
    void hybridSearchFindsTheSameSentences() {
        for (String q : QUESTIONS_EXTRA) {
            float[] v = MiniLmEncoder.shared().embed(List.of(q))[0];
            SentenceQuery query = SentenceQuery.of(q, 10).withVector(v);
            Map<String, Float> l = scores(lucene.search(query));
            Map<String, Float> s = scores(solr.search(query));
            assertThat(common(l, s)).as(q).isGreaterThanOrEqualTo(l.size() - 1);
            l.forEach((id, score) -> {
                if (s.containsKey(id)) {
                    assertThat(s.get(id)).as(q + " " + id).isCloseTo(score, within(1e-3f));
                }
            });
        }
    }

    @Test
    void answersHaveTheSameVerdictsAndCitations() throws Exception {
        AnswerBuilder a = Fixture.answers(lucene);
        AnswerBuilder b = Fixture.answers(solr);
        List<String> questions = questions();
        assertThat(questions).hasSizeGreaterThan(5);
        int cited = 0;
        for (String q : questions) {
            Answer x = a.answer(q, SearchFilter.NONE);
            Answer y = b.answer(q, SearchFilter.NONE);
            assertThat(y.verdict().label()).as(q).isEqualTo(x.verdict().label());
            assertThat(y.verdict().assessments()).as(q).isEqualTo(x.verdict().assessments());
            assertThat(cited(y)).as(q).isEqualTo(cited(x));
            List<String> ids = x.citations().stream().map(c -> c.documentId() + "#" + c.sentenceIndex()).toList();
            Map<String, float[]> lv = lucene.vectors(ids);
            Map<String, float[]> sv = solr.vectors(ids);
            assertThat(sv.keySet()).as(q + ": the same sentences have vectors").isEqualTo(lv.keySet());
            lv.forEach((id, v) -> assertThat(sv.get(id)).as(id).containsExactly(v, within(1e-6f)));
            assertThat(y.keyPoints().size()).as(q + ": key points grouped by the same vectors")
                    .isEqualTo(x.keyPoints().size());
            cited += cited(x).size();
        }
        assertThat(cited).isGreaterThan(questions.size());
    }

    /** n processes (threads here) each ingesting one partition of the same arguments ingest every file once. */
    @Test
    void partitionsTogetherIngestEachFileOnce() throws Exception {
        StoreLocation location = cluster.create("partitions", 2, 1);
        int n = 3;
        List<IngestReport> reports = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Partition part = new Partition(i, n);
            Path home = dir.resolve("partition-" + i);
            Thread t = new Thread(() -> {
                try (SolrStore store = SolrStore.open(location, "test", "test", "")) {
                    IngestReport r = Fixture.ingest(store, home, List.of(Fixture.EXAMPLES), false, 1, part);
                    synchronized (reports) {
                        reports.add(r);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(reports).hasSize(n);
        long files;
        try (var walk = Files.walk(Fixture.EXAMPLES)) {
            files = walk.filter(f -> Fixture.parser().supports(f)).count();
        }
        assertThat(reports.stream().mapToInt(IngestReport::found).sum()).isEqualTo((int) files);
        assertThat(reports.stream().filter(r -> r.found() > 0).count()).as("the files spread over the parts").isGreaterThan(1);
        assertThat(reports.stream().mapToInt(IngestReport::added).sum()).isEqualTo((int) lucene.stats().documents());
        try (SolrStore store = SolrStore.openReadOnly(location)) {
            assertThat(store.stats().documents()).isEqualTo(lucene.stats().documents());
            assertThat(store.stats().sentences()).isEqualTo(lucene.stats().sentences());
        }
    }

    /** A direct copy of the embedded index (documents and vectors, nothing analysed again) searches as the original. */
    @Test
    void aCopyOfTheEmbeddedIndexSearchesAsTheOriginal() {
        StoreLocation location = cluster.create("copy", 1, 1);
        try (SolrStore copy = SolrStore.open(location, "test", "test", lucene.encoder())) {
            List<EmbeddedCopy.Progress> pages = new ArrayList<>();
            EmbeddedCopy.Copied copied = EmbeddedCopy.copy(lucene, copy, pages::add);
            assertThat(copied.documents()).isEqualTo(lucene.stats().documents());
            assertThat(copied.vectors()).isPositive();
            assertThat(pages).isNotEmpty().last().extracting(EmbeddedCopy.Progress::copied).isEqualTo(copied.documents());
            assertThat(copy.stats().sentences()).isEqualTo(lucene.stats().sentences());
            for (String q : QUESTIONS_EXTRA) {
                SentenceQuery query = SentenceQuery.of(q, 10).withVector(MiniLmEncoder.shared().embed(List.of(q))[0]);
                assertThat(scores(copy.search(query)).keySet()).as(q).isEqualTo(scores(solr.search(query)).keySet());
            }
            String id = lucene.documents(0, 1).get(0).id();
            String hash = lucene.stored(id).orElseThrow().fileHash();
            assertThat(copy.documentForFile(hash)).contains(id);
        }
    }

    /** The example questions the demo asks ({@code examples/questions.jsonl}). */
    static List<String> questions() throws java.io.IOException {
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Fixture.EXAMPLES.resolve("questions.jsonl"))) {
            if (!line.isBlank()) {
                questions.add(json.readTree(line).get("question").asText());
            }
        }
        return questions;
    }

    private static Set<String> cited(Answer a) {
        return a.citations().stream().map(c -> c.documentId() + "#" + c.sentenceIndex())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> ids(List<DocumentSummary> docs) {
        return docs.stream().map(DocumentSummary::id).toList();
    }

    private static List<String> sentenceIds(List<SentenceHit> hits) {
        return hits.stream().map(SentenceHit::id).toList();
    }

    private static Map<String, Float> scores(List<SentenceHit> hits) {
        Map<String, Float> out = new HashMap<>();
        hits.forEach(h -> out.put(h.id(), h.score()));
        return out;
    }

    private static int common(Map<String, Float> a, Map<String, Float> b) {
        return (int) a.keySet().stream().filter(b::containsKey).count();
    }

}
