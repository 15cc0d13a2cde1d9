package dev.standpoint.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.eval.BeirDataset;
import dev.standpoint.index.eval.RetrievalEvaluator;
import dev.standpoint.index.eval.RetrievalMetrics;
import dev.standpoint.index.search.Retrieval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/**
 * The SciFact slice of the index module's {@code SciFactSubsetTest} (100 test queries over 300 documents), scored by
 * the embedded passage index and by a SolrCloud collection of 2 shards with the same configset: BM25 and hybrid
 * nDCG@10 agree within 0.01. Skipped when {@code ../shared} is absent.
 */
class SciFactContractTest {

    private static final Path DATA = Fixture.SHARED.resolve("datasets/scifact-beir");

    @Test
    void solrScoresSciFactAsTheEmbeddedIndexDoes() throws Exception {
        assumeTrue(Files.isRegularFile(DATA.resolve("corpus.jsonl")), "SciFact is not in ../shared");
        Path dir = Fixture.tempDir("scifact");
        BeirDataset subset = BeirDataset.read(DATA).subset("test", 100, 300);
        Retrieval bm25 = new Retrieval(Retrieval.Mode.BM25, Retrieval.DEFAULT.fusion(), RetrievalEvaluator.DEPTH);
        Retrieval hybrid = new Retrieval(Retrieval.Mode.HYBRID, Retrieval.DEFAULT.fusion(), RetrievalEvaluator.DEPTH);
        double embeddedBm25;
        double embeddedHybrid;
        Map<String, float[]> vectors;
        try (RetrievalEvaluator eval = new RetrievalEvaluator(subset, MiniLmEncoder.shared(), dir.resolve("index"),
                dir.resolve("cache"), 2)) {
            embeddedBm25 = eval.evaluate("test", bm25, "bm25").ndcg10();
            embeddedHybrid = eval.evaluate("test", hybrid, "hybrid").ndcg10();
            vectors = eval.documentVectors();
        }
        assertThat(vectors).hasSize(300);
        try (MiniCluster cluster = MiniCluster.start(2, dir.resolve("cluster"))) {
            StoreLocation location = cluster.create("scifact", 2, 1);
            try (SolrCluster solr = SolrCluster.connect(location)) {
                index(solr, subset, vectors);
                SolrHybridSearch search = new SolrHybridSearch(solr);
                double solrBm25 = ndcg(search, subset, bm25);
                double solrHybrid = ndcg(search, subset, hybrid);
                System.out.printf(Locale.ROOT, "SciFact subset nDCG@10 — embedded: BM25 %.4f, hybrid %.4f; "
                        + "SolrCloud 2 shards: BM25 %.4f, hybrid %.4f%n", embeddedBm25, embeddedHybrid, solrBm25, solrHybrid);
                assertThat(solrBm25).isCloseTo(embeddedBm25, within(0.01));
                assertThat(solrHybrid).isCloseTo(embeddedHybrid, within(0.01));
            }
        }
    }

    /** Each passage as a sentence record: its text under BM25, its vector in the HNSW field. */
    private static void index(SolrCluster solr, BeirDataset data, Map<String, float[]> vectors) {
        UpdateRequest add = new UpdateRequest();
        for (BeirDataset.Doc d : data.corpus()) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField(SolrDocuments.ID, d.id());
            doc.setField(SolrDocuments.KIND, SolrDocuments.KIND_SENTENCE);
            doc.setField(SolrDocuments.TEXT, d.full());
            float[] v = vectors.get(d.id());
            List<Float> list = new ArrayList<>();
            for (float f : v) {
                list.add(f);
            }
            doc.setField(SolrDocuments.VECTOR, list);
            doc.setField(SolrDocuments.HAS_VECTOR, "true");
            add.add(doc);
        }
        add.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        solr.call("indexing SciFact", () -> add.process(solr.client(), solr.collection()));
    }

    private static double ndcg(SolrHybridSearch search, BeirDataset data, Retrieval r) {
        Map<String, Map<String, Integer>> qrels = data.qrels("test");
        List<String> ids = new ArrayList<>(qrels.keySet());
        float[][] v = MiniLmEncoder.shared().embed(ids.stream().map(id -> data.queries().get(id)).toList());
        double sum = 0;
        for (int i = 0; i < ids.size(); i++) {
            String text = data.queries().get(ids.get(i));
            List<String> ranking = search.search(SolrQueries.lexical(SolrDocuments.TEXT, text),
                    List.of(SolrQueries.term(SolrDocuments.KIND, SolrDocuments.KIND_SENTENCE)), v[i], r, 100)
                    .stream().map(SolrHybridSearch.Scored::id).toList();
            sum += RetrievalMetrics.ndcg(ranking, qrels.get(ids.get(i)), 10);
        }
        return sum / ids.size();
    }
}
