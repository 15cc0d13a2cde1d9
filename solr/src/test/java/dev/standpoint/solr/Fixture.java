package dev.standpoint.solr;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.Store;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.answer.AnswerSettings;
import dev.standpoint.index.answer.ClaimRetriever;
import dev.standpoint.index.answer.QuestionAnalyser;
import dev.standpoint.index.answer.Similarity;
import dev.standpoint.index.embed.DocumentEmbedder;
import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.Partition;
import dev.standpoint.index.ingest.SourceArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's examples and what the tests build from them: one analyser, parsers, ingestors, answer builders. */
final class Fixture {

    static final Path EXAMPLES = Path.of(System.getProperty("standpoint.root", "..")).resolve("examples");
    static final Path SHARED = Path.of(System.getProperty("standpoint.shared", "../../shared"));

    private static Analyser analyser;

    private Fixture() {
    }

    static synchronized Analyser analyser() {
        if (analyser == null) {
            analyser = new Analyser(KnowledgeBaseLoader.shipped());
        }
        return analyser;
    }

    static DocumentParser parser() {
        return new DocumentParser(new Readers(), new StructureDetector(), InputLimits.defaults());
    }

    /** Ingests {@code inputs} (one partition of them) into {@code store}, embedding claims when asked. */
    static IngestReport ingest(Store store, Path home, List<Path> inputs, boolean embed, int threads, Partition part) {
        return ingest(store, home, inputs, embed, threads, part, IngestListener.SILENT);
    }

    /** As above, with a listener that hears each file's progress on the writer thread. */
    static IngestReport ingest(Store store, Path home, List<Path> inputs, boolean embed, int threads, Partition part,
                               IngestListener listener) {
        StandpointHome h = new StandpointHome(home).create();
        DocumentEmbedder embedder = embed ? new DocumentEmbedder(MiniLmEncoder.shared(), DocumentEmbedder.Scope.CLAIMS)
                : null;
        return new Ingestor(parser(), analyser(), store, new SourceArchive(h.sources()), threads, embedder)
                .ingest(inputs, listener, part);
    }

    static AnswerBuilder answers(Store store) {
        ClaimRetriever retriever = new ClaimRetriever(store, AnswerSettings.DEFAULT,
                store.encoder().isEmpty() ? null : MiniLmEncoder.shared());
        return new AnswerBuilder(new QuestionAnalyser(analyser().linker()), retriever,
                Similarity.stored(store, Similarity.SAME_POINT_COSINE), AnswerSettings.DEFAULT);
    }

    /** A fresh folder under the build's temporary directory (created when absent). */
    static Path tempDir(String prefix) throws java.io.IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        return Files.createTempDirectory(tmp, prefix);
    }

    static boolean sharedHas(String path) {
        return Files.exists(SHARED.resolve(path));
    }
}
