package dev.standpoint.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.search.Retrieval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixed slice of SciFact (the first 100 test queries, the documents judged for them and corpus-order filler up to
 * 300 documents) scored with the store's BM25 and hybrid search. The expected figures live in
 * {@code eval/scifact-subset.properties}; a score that moves either way fails the test, so a change in retrieval is
 * noticed and the file updated on purpose. Skipped when {@code ../shared} is absent.
 */
class SciFactSubsetTest {

    private static final Path DATA = Path.of(System.getProperty("standpoint.shared", "../../shared"))
            .resolve("datasets/scifact-beir");

    @Test
    void bm25AndHybridScoresAreTheRecordedOnes(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isRegularFile(DATA.resolve("corpus.jsonl")), "SciFact is not in ../shared");
        Properties expected = expected();
        assertThat(sha256(DATA.resolve("corpus.jsonl"))).as("SciFact's corpus.jsonl changed; rerun this test and "
                + "update eval/scifact-subset.properties").isEqualTo(expected.getProperty("corpus.sha256"));
        BeirDataset subset = BeirDataset.read(DATA).subset("test", 100, 300);
        assertThat(subset.corpus()).hasSize(300);
        try (RetrievalEvaluator eval = new RetrievalEvaluator(subset, MiniLmEncoder.shared(), tmp.resolve("index"),
                tmp.resolve("cache"), 2)) {
            RetrievalEvaluator.Scores bm25 = eval.evaluate("test", new Retrieval(Retrieval.Mode.BM25,
                    Retrieval.DEFAULT.fusion(), RetrievalEvaluator.DEPTH), "bm25");
            RetrievalEvaluator.Scores hybrid = eval.evaluate("test", new Retrieval(Retrieval.Mode.HYBRID,
                    Retrieval.DEFAULT.fusion(), RetrievalEvaluator.DEPTH), "hybrid");
            for (RetrievalEvaluator.Scores s : java.util.List.of(bm25, hybrid)) {
                System.out.printf(java.util.Locale.ROOT, "SciFact subset %s: nDCG@10 %.4f, recall@100 %.4f%n",
                        s.configuration(), s.ndcg10(), s.recall100());
            }
            check(bm25, expected, "bm25");
            check(hybrid, expected, "hybrid");
            assertThat(hybrid.ndcg10()).as("hybrid beats BM25").isGreaterThan(bm25.ndcg10());
        }
    }

    private static void check(RetrievalEvaluator.Scores s, Properties expected, String key) {
        assertThat(s.queries()).isEqualTo(100);
        assertThat(s.ndcg10()).as(key + " nDCG@10 (update eval/scifact-subset.properties on purpose)")
                .isCloseTo(Double.parseDouble(expected.getProperty(key + ".ndcg10")), within(0.01));
        assertThat(s.recall100()).as(key + " recall@100 (update eval/scifact-subset.properties on purpose)")
                .isCloseTo(Double.parseDouble(expected.getProperty(key + ".recall100")), within(0.01));
    }

    private static Properties expected() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SciFactSubsetTest.class.getResourceAsStream("/eval/scifact-subset.properties")) {
            p.load(in);
        }
        return p;
    }

    private static String sha256(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
