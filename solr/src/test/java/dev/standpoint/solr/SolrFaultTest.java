package dev.standpoint.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.lucene.LuceneStore;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.StoreException;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestProgress;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Partition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults on one in-process cluster of 2 nodes, collections of 2 shards × 2 replicas (each node holds one replica of
 * each shard): a node stopped in the middle of a large ingest and started again before it ends, a node down while
 * questions are answered, and a collection that does not exist.
 */
class SolrFaultTest {

    private static Path dir;
    private static MiniCluster cluster;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Fixture.tempDir("faults");
        cluster = MiniCluster.start(2, dir.resolve("cluster"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * The node goes down synchronously after a quarter of the files (so documents are sent both before and after),
     * and is started again from another thread at three quarters, recovering while the ingest goes on.
     */
    @Test
    void aNodeStoppedDuringALargeIngestLosesNoDocumentAndDuplicatesNone() throws Exception {
        int files = 400;
        Path corpus = SyntheticCorpus.write(dir.resolve("corpus"), files, 24, 7);
        StoreLocation location = cluster.create("ingest", 2, 2);
        List<CompletableFuture<Void>> restarted = new ArrayList<>();
        JettySolrRunner[] stopped = new JettySolrRunner[1];
        IngestListener faults = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                try {
                    if (p.done() == files / 4) {
                        stopped[0] = cluster.stop(1);
                    } else if (p.done() == 3 * files / 4) {
                        JettySolrRunner node = stopped[0];
                        restarted.add(CompletableFuture.runAsync(() -> {
                            try {
                                cluster.restart(node);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        IngestReport report;
        try (SolrStore store = SolrStore.open(location, "test", "test", "")) {
            report = Fixture.ingest(store, dir.resolve("ingest-home"), List.of(corpus), false, 2, Partition.ALL, faults);
        }
        assertThat(stopped[0]).as("the node was stopped during the ingest").isNotNull();
        assertThat(restarted).hasSize(1);
        restarted.get(0).get();
        assertThat(report.failed()).isEmpty();
        assertThat(report.added()).isEqualTo(files);
        long sentences;
        try (LuceneStore embedded = LuceneStore.open(new StandpointHome(dir.resolve("embedded")), "test", "test")) {
            Fixture.ingest(embedded, dir.resolve("embedded"), List.of(corpus), false, 2, Partition.ALL);
            assertThat(embedded.stats().documents()).isEqualTo(files);
            sentences = embedded.stats().sentences();
        }

        try (SolrCluster solr = SolrCluster.connect(location); SolrStore store = SolrStore.openReadOnly(location)) {
            SolrAdmin.waitForActive(solr, location.collection(), 2, 2, 120);
            assertThat(store.stats().documents()).as("no document lost or doubled").isEqualTo(files);
            assertThat(store.stats().sentences()).as("no sentence lost or doubled").isEqualTo(sentences);
            Map<String, List<Long>> perReplica = replicaCounts(solr);
            long total = 0;
            for (Map.Entry<String, List<Long>> shard : perReplica.entrySet()) {
                assertThat(shard.getValue()).as("the replicas of " + shard.getKey() + " hold the same records")
                        .hasSize(2).containsOnly(shard.getValue().get(0));
                total += shard.getValue().get(0);
            }
            // every document and sentence record, and the manifest
            assertThat(total).isEqualTo(files + sentences + 1);
        }
    }

    @Test
    void questionsAreAnsweredAsBeforeWhileANodeIsDown() throws Exception {
        StoreLocation location = cluster.create("queries", 2, 2);
        try (SolrStore store = SolrStore.open(location, "test", "test", dev.standpoint.index.embed.MiniLmEncoder.NAME)) {
            Fixture.ingest(store, dir.resolve("queries-home"), List.of(Fixture.EXAMPLES), true, 2, Partition.ALL);
            AnswerBuilder answers = Fixture.answers(store);
            List<String> questions = SolrContractTest.questions();
            Map<String, String> before = answered(answers, questions);
            List<String> searched = ids(store);
            JettySolrRunner node = cluster.stop(0);
            try {
                assertThat(answered(answers, questions)).isEqualTo(before);
                assertThat(ids(store)).isEqualTo(searched);
                assertThat(store.stats().documents()).isPositive();
            } finally {
                cluster.restart(node);
            }
            try (SolrCluster solr = SolrCluster.connect(location)) {
                SolrAdmin.waitForActive(solr, location.collection(), 2, 2, 120);
            }
            assertThat(answered(answers, questions)).isEqualTo(before);
        }
    }

    @Test
    void aCollectionThatDoesNotExistIsOneClearError() {
        StoreLocation missing = cluster.location("nowhere");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SolrStore.openReadOnly(missing)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(missing.zkAddress()).hasMessageContaining("no collection 'nowhere'")
                .hasMessageContaining("standpoint solr create");
    }

    /** Each question's verdict and cited sentences, as one comparable line. */
    private static Map<String, String> answered(AnswerBuilder answers, List<String> questions) {
        Map<String, String> out = new TreeMap<>();
        for (String q : questions) {
            Answer a = answers.answer(q, SearchFilter.NONE);
            Set<String> cited = a.citations().stream().map(c -> c.documentId() + "#" + c.sentenceIndex())
                    .collect(Collectors.toCollection(TreeSet::new));
            out.put(q, a.verdict().label() + " " + a.verdict().assessments() + " " + cited);
        }
        assertThat(out.values()).anyMatch(v -> v.contains("#"));
        return out;
    }

    private static List<String> ids(SolrStore store) {
        return store.search(SentenceQuery.of("Black Sea grain corridor", 10)).stream()
                .map(h -> h.id()).sorted().toList();
    }

    /** Records per replica, asked of each replica alone ({@code distrib=false}), by shard. */
    private static Map<String, List<Long>> replicaCounts(SolrCluster solr) throws Exception {
        DocCollection c = solr.zkStateReader().getClusterState().getCollection(solr.collection());
        Map<String, List<Long>> out = new TreeMap<>();
        for (Slice s : c.getSlices()) {
            for (Replica r : s.getReplicas()) {
                try (HttpJdkSolrClient client = new HttpJdkSolrClient.Builder(r.getBaseUrl()).build()) {
                    SolrQuery q = new SolrQuery("*:*").setRows(0);
                    q.set("distrib", false);
                    long n = client.query(r.getCoreName(), q).getResults().getNumFound();
                    out.computeIfAbsent(s.getName(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        return out;
    }
}
