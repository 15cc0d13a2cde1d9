package dev.standpoint.cli;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.server.Backend;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.answer.AnswerSettings;
import dev.standpoint.index.answer.ClaimRetriever;
import dev.standpoint.index.answer.ComparisonBuilder;
import dev.standpoint.index.answer.QuestionAnalyser;
import dev.standpoint.index.answer.Similarity;
import dev.standpoint.index.embed.DocumentEmbedder;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.Store;
import dev.standpoint.index.lucene.LuceneStore;
import dev.standpoint.solr.SolrStore;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a command needs, built once from the data directory: the knowledge base (shipped plus the user's
 * {@code kb/} files), the analyser, the parser and the store — the embedded index in the data directory, or a
 * SolrCloud collection ({@link StoreChoice}); this is the one place that tells them apart. The data directory keeps
 * the source copies and the user's judgements in either case.
 */
final class Workspace {

    static final String MAX_FILE_ENV = "STANDPOINT_MAX_FILE_MB";

    private final StandpointHome home;
    private final StoreChoice store;
    private KnowledgeBase kb;
    private Analyser analyser;
    private dev.standpoint.core.kb.EntityLinker linker;

    /** A workspace over the embedded index of {@code home}. */
    Workspace(StandpointHome home) {
        this(home, StoreChoice.EMBEDDED);
    }

    Workspace(StandpointHome home, StoreChoice store) {
        this.home = home;
        this.store = store;
    }

    StoreChoice storeChoice() {
        return store;
    }

    StandpointHome home() {
        return home;
    }

    KnowledgeBase knowledgeBase() {
        if (kb == null) {
            kb = KnowledgeBaseLoader.load(home.knowledgeBase());
        }
        return kb;
    }

    /**
     * The analyser ingest and evaluation use: rules with the shipped trained heads over MiniLM vectors; rules alone
     * when the encoder cannot be loaded (said once on standard error).
     */
    Analyser analyser() {
        if (analyser == null) {
            try {
                analyser = new Analyser(knowledgeBase(), MiniLmEncoder.shared());
            } catch (dev.standpoint.index.embed.EncoderException e) {
                System.err.println("standpoint: analysing by rules alone: " + e.getMessage());
                analyser = new Analyser(knowledgeBase());
            }
        }
        return analyser;
    }

    /** The entity linker, without loading the encoder: what reading a question needs. */
    dev.standpoint.core.kb.EntityLinker linker() {
        if (linker == null) {
            linker = new dev.standpoint.core.kb.EntityLinker(knowledgeBase());
        }
        return linker;
    }

    DocumentParser parser(Long maxFileMb) {
        return new DocumentParser(new Readers(), new StructureDetector(speakerCasing(knowledgeBase()),
                knowledgeBase()::filedState, knowledgeBase()::publisherState), limits(maxFileMb));
    }

    static InputLimits limits(Long maxFileMb) {
        if (maxFileMb != null) {
            return InputLimits.ofMegabytes(maxFileMb);
        }
        String env = System.getenv(MAX_FILE_ENV);
        if (env != null && !env.isBlank()) {
            try {
                return InputLimits.ofMegabytes(Long.parseLong(env.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(MAX_FILE_ENV + " must be a whole number of megabytes; got '" + env + "'");
            }
        }
        return InputLimits.defaults();
    }

    /** Spells a speaker's surname as the knowledge base does ("Mcdonough" → "McDonough"). */
    static java.util.function.UnaryOperator<String> speakerCasing(KnowledgeBase kb) {
        Map<String, String> surnames = new HashMap<>();
        for (Entity e : kb.entities(EntityType.PERSON)) {
            String s = e.attributes().get("surname");
            if (s != null) {
                surnames.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
            }
        }
        return name -> surnames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    Store openForWriting() {
        return open("");
    }

    /** Opens the index for an ingest that adds vectors as {@code embeddings} say. */
    Store openForWriting(EmbeddingOptions embeddings) {
        return open(embeddings.enabled() ? MiniLmEncoder.NAME : "");
    }

    private Store open(String encoder) {
        if (store.isSolr()) {
            return SolrStore.open(store.solr().get(), Version.current(), analyser().describe(), encoder);
        }
        return LuceneStore.open(home, Version.current(), analyser().describe(), encoder);
    }

    /** What the ingest workers embed, or {@code null} for none. */
    static DocumentEmbedder embedder(EmbeddingOptions embeddings) {
        return embeddings.enabled() ? new DocumentEmbedder(MiniLmEncoder.shared(), embeddings.scope) : null;
    }

    Store openForReading() {
        return store.isSolr() ? SolrStore.openReadOnly(store.solr().get()) : LuceneStore.openReadOnly(home);
    }

    Ingestor ingestor(Store store, int threads, Long maxFileMb, EmbeddingOptions embeddings) {
        return new Ingestor(parser(maxFileMb), analyser(), store, new SourceArchive(home.sources()), threads,
                embedder(embeddings));
    }

    /** Everything the server needs, over a store this process opened for writing. */
    Backend backend(Store store, Long maxFileMb) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ComparisonBuilder comparisons = new ComparisonBuilder(questions(), retriever(store), knowledgeBase(),
                AnswerSettings.DEFAULT);
        return new Backend(knowledgeBase(), store, answers(store), comparisons, ForecastsCommand.ledger(this, store),
                ingestor(store, threads, maxFileMb, new EmbeddingOptions()), Version.current());
    }

    AnswerBuilder answers(Store store) {
        return new AnswerBuilder(questions(), retriever(store), Similarity.stored(store, Similarity.SAME_POINT_COSINE),
                AnswerSettings.DEFAULT);
    }

    /** Claim retrieval, hybrid when the index holds vectors of the encoder we have. */
    ClaimRetriever retriever(Store store) {
        return new ClaimRetriever(store, AnswerSettings.DEFAULT, questionEncoder(store));
    }

    /** The encoder of the index's vectors, loaded once; {@code null} (BM25 alone) for an index without vectors. */
    static Encoder questionEncoder(Store store) {
        return MiniLmEncoder.NAME.equals(store.encoder()) ? MiniLmEncoder.shared() : null;
    }

    QuestionAnalyser questions() {
        return new QuestionAnalyser(linker());
    }
}
