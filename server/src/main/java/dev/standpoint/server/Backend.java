package dev.standpoint.server;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.lucene.LuceneStore;

/**
 * What the server works with, built by the caller (the CLI's workspace, or a test) over one data directory: the
 * store opened for writing (the server owns the writer for its lifetime), the answer builder over it, the ingestor
 * that writes into it, and the knowledge base for entity names.
 *
 * @param kb        entity names and types
 * @param store     the index, open for writing
 * @param answers   answers questions from {@code store}
 * @param ingestor  adds uploaded files to {@code store}
 * @param version   the Standpoint version, for {@code /api/health}
 */
public record Backend(KnowledgeBase kb, LuceneStore store, AnswerBuilder answers, Ingestor ingestor, String version) {

    public Backend {
        if (kb == null || store == null || answers == null || ingestor == null) {
            throw new IllegalArgumentException("kb, store, answers and ingestor are required");
        }
        version = version == null ? "" : version;
    }
}
