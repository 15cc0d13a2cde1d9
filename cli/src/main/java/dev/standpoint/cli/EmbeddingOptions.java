package dev.standpoint.cli;

import dev.standpoint.index.embed.DocumentEmbedder;
import picocli.CommandLine.Option;

/** The options that say what an ingest embeds for hybrid search. */
final class EmbeddingOptions {

    @Option(names = "--no-embeddings", description = {"Add no sentence vectors: a faster ingest whose index is",
            "searched by BM25 alone."})
    boolean none;

    @Option(names = "--embed", paramLabel = "SCOPE", defaultValue = "CLAIMS",
            description = {"Which sentences get a vector: CLAIMS (assessments and forecasts, what answers are",
                    "built from; default) or ALL (every sentence: twice the encoder time)."})
    DocumentEmbedder.Scope scope = DocumentEmbedder.Scope.CLAIMS;

    boolean enabled() {
        return !none;
    }
}
