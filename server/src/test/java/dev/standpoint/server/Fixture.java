package dev.standpoint.server;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.answer.AnswerSettings;
import dev.standpoint.index.answer.ClaimRetriever;
import dev.standpoint.index.answer.ComparisonBuilder;
import dev.standpoint.index.forecast.ForecastLedger;
import dev.standpoint.index.forecast.JudgementLog;
import dev.standpoint.index.answer.QuestionAnalyser;
import dev.standpoint.index.answer.Similarity;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * One server over the project's examples/ folder, shared by every test class in this JVM: building it (loading the
 * knowledge base and models, ingesting six documents) takes a few seconds, so it is done once. Tests that upload
 * add documents of their own; every test's assertions hold whatever else was uploaded.
 */
final class Fixture {

    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    private static Fixture shared;

    final StandpointHome home;
    final Backend backend;
    final StandpointServer server;
    final String base;

    private Fixture(Path dir, ServerConfig config) {
        home = new StandpointHome(dir).create();
        KnowledgeBase kb = KnowledgeBaseLoader.load(home.knowledgeBase());
        Analyser analyser = new Analyser(kb);
        DocumentParser parser = new DocumentParser(new Readers(), new StructureDetector(), InputLimits.defaults());
        LuceneStore store = LuceneStore.open(home, "test", analyser.describe());
        Ingestor ingestor = new Ingestor(parser, analyser, store, new SourceArchive(home.sources()), 2);
        IngestReport report = ingestor.ingest(exampleDocuments(), IngestListener.SILENT);
        if (!report.ok() || report.added() + report.unchanged() < 6) {
            throw new IllegalStateException("the examples did not ingest: " + report);
        }
        QuestionAnalyser questions = new QuestionAnalyser(analyser.linker());
        AnswerBuilder answers = new AnswerBuilder(questions, new ClaimRetriever(store, AnswerSettings.DEFAULT),
                Similarity.LEXICAL, AnswerSettings.DEFAULT);
        ComparisonBuilder comparisons = new ComparisonBuilder(questions, new ClaimRetriever(store, AnswerSettings.DEFAULT),
                kb, AnswerSettings.DEFAULT);
        ForecastLedger ledger = new ForecastLedger(store, new JudgementLog(home.judgements()), Clock.systemUTC());
        backend = new Backend(kb, store, answers, comparisons, ledger, ingestor, "test");
        server = new StandpointServer(backend, config).start();
        base = "http://127.0.0.1:" + server.port();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** The shared server on loopback, random port, default limits. */
    static synchronized Fixture shared() {
        if (shared == null) {
            shared = new Fixture(tempDir("shared"), ServerConfig.defaults().withPort(0));
        }
        return shared;
    }

    /** The example documents, without the folder's README. */
    static List<Path> exampleDocuments() {
        try (var files = Files.list(EXAMPLES)) {
            return files.filter(f -> !f.getFileName().toString().equals("README.md"))
                    .filter(f -> f.getFileName().toString().matches(".*\\.(txt|md|html|docx)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir(String name) {
        try {
            Path root = Path.of("target", "fixture-homes");
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        server.close();
        backend.store().close();
    }
}
