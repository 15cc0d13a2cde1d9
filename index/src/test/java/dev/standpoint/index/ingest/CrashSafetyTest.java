package dev.standpoint.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "kill -9 during a long ingest leaves an index that opens and holds only whole documents, and a rerun completes the
 * rest": a separate JVM ingests 300 documents and is killed with SIGKILL after its first commit, while it is still
 * adding documents.
 */
class CrashSafetyTest {

    private static final int DOCUMENTS = 300;
    private static final String[] STATES = {"Japan", "Russia", "China", "India", "Brazil", "Germany", "France",
        "Turkey", "Poland", "Canada"};

    /**
     * The child pauses after each file once this many are done, so that it is still ingesting when the test kills it.
     * The Ingestor commits every 250 documents, so the first commit with documents comes before the pauses start.
     */
    private static final int SLOW_AFTER = 255;
    private static final long PAUSE_MILLIS = 250;

    @TempDir
    Path tmp;

    /** A short fictional expert Q&A; the number of sentences varies, so that a torn document would show. */
    static String document(int i) {
        String a = STATES[i % STATES.length];
        String b = STATES[(i / STATES.length + 1 + i % STATES.length) % STATES.length];
        StringBuilder s = new StringBuilder();
        s.append("Briefing ").append(i).append(": ").append(a).append(" and ").append(b).append("\n\n");
        s.append("How do you assess relations between ").append(a).append(" and ").append(b)
                .append(" in round ").append(i).append("?\n\n");
        s.append("I am deeply skeptical that ").append(a).append(" and ").append(b).append(" will settle item ")
                .append(i).append(" this year. ");
        s.append("The new trade channel is very welcome, and it gives both sides a solid foundation. ");
        for (int k = 0; k < i % 4; k++) {
            s.append("Talks on chapter ").append(k + 1).append(" will continue as long as both ministries keep meeting. ");
        }
        s.append("\n");
        return s.toString();
    }

    private Path writeInputs() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(in.resolve(String.format(Locale.ROOT, "briefing-%03d.txt", i)), document(i),
                    StandardCharsets.UTF_8);
        }
        return in;
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void killDuringIngestLeavesWholeDocumentsAndARerunCompletesTheRest() throws Exception {
        Path in = writeInputs();
        StandpointHome home = new StandpointHome(tmp.resolve("home"));
        Path log = tmp.resolve("child.log");

        Process child = startChild(home, in, log);
        long committed;
        try {
            committed = awaitFirstCommit(home, child, log);
            assertThat(child.isAlive()).as("the ingest is still running when it is killed; see %s", log).isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child exits after SIGKILL").isTrue();
        }
        assertThat(Files.readString(log)).doesNotContain("finished");

        // The index opens, and holds only whole documents.
        try (LuceneStore store = LuceneStore.openReadOnly(home)) {
            IndexStats stats = store.stats();
            assertThat(stats.documents()).isGreaterThanOrEqualTo(committed).isLessThan(DOCUMENTS);
            assertWhole(store, stats);
        }

        // A rerun completes the rest.
        IngestReport rerun;
        try (LuceneStore store = LuceneStore.open(home, "crash-test", "test")) {
            rerun = new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), store,
                    new SourceArchive(home.sources()), 2).ingest(List.of(in), IngestListener.SILENT);
        }
        assertThat(rerun.ok()).as("failures: %s", rerun.failed()).isTrue();
        assertThat(rerun.added() + rerun.unchanged()).isEqualTo(DOCUMENTS);
        assertThat(rerun.unchanged()).isGreaterThanOrEqualTo((int) committed);
        assertThat(rerun.duplicates()).isZero();

        try (LuceneStore store = LuceneStore.openReadOnly(home)) {
            IndexStats stats = store.stats();
            assertThat(stats.documents()).isEqualTo(DOCUMENTS);
            List<DocumentSummary> docs = assertWhole(store, stats);
            assertThat(docs).hasSize(DOCUMENTS);
            Set<String> sources = new HashSet<>();
            docs.forEach(d -> sources.add(Path.of(d.source()).getFileName().toString()));
            assertThat(sources).hasSize(DOCUMENTS);
            assertThat(new SourceArchive(home.sources()).entries()).hasSize(DOCUMENTS);
        }
    }

    private static Process startChild(StandpointHome home, Path in, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), home.root().toString(), in.toString(),
                Integer.toString(SLOW_AFTER), Long.toString(PAUSE_MILLIS)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the child has committed some documents; returns how many the first seen commit holds. */
    private static long awaitFirstCommit(StandpointHome home, Process child, Path log)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the ingest process ended (exit " + child.exitValue() + ") before it could be killed:\n"
                        + Files.readString(log));
            }
            try (LuceneStore store = LuceneStore.openReadOnly(home)) {
                long documents = store.stats().documents();
                if (documents > 0) {
                    return documents;
                }
            }
            Thread.sleep(50);
        }
        fail("no commit with documents within 60 s:\n" + Files.readString(log));
        return 0;
    }

    /**
     * Checks that every stored document has all its sentence records, that no sentence record lacks its document,
     * and that each document is the whole analysis of its source file.
     */
    private static List<DocumentSummary> assertWhole(LuceneStore store, IndexStats stats) {
        List<DocumentSummary> docs = store.documents(0, DOCUMENTS + 10);
        assertThat(docs).hasSize((int) stats.documents());
        assertThat(docs).extracting(DocumentSummary::id).doesNotHaveDuplicates();
        long sentences = 0;
        for (DocumentSummary summary : docs) {
            AnalysedDocument stored = store.document(summary.id()).orElseThrow();
            long analysed = TestDocuments.analysedSentences(stored);
            SentenceQuery ofDocument = new SentenceQuery("", new dev.standpoint.index.Boosts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), java.util.Set.of(), java.util.Set.of(), ""), false,
                    false, SearchFilter.NONE.withDocuments(Set.of(summary.id())), 10_000);
            assertThat(store.search(ofDocument)).as("sentence records of %s", summary.source())
                    .hasSize((int) analysed);
            assertThat(summary.sentences()).isEqualTo(stored.sentences().size());
            AnalysedDocument fresh = TestDocuments.analyse(Path.of(summary.source()));
            assertThat(stored.sentences()).as("the whole analysis of %s", summary.source())
                    .isEqualTo(fresh.sentences());
            sentences += analysed;
        }
        assertThat(stats.sentences()).as("no sentence record without its document").isEqualTo(sentences);
        assertThat(stats.manifest().documents()).isEqualTo(stats.documents());
        assertThat(stats.manifest().sentences()).isEqualTo(stats.sentences());
        return docs;
    }
}
