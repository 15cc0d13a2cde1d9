package dev.standpoint.server;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.answer.ComparisonBuilder;
import dev.standpoint.index.forecast.ForecastLedger;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.Store;

/**
 * What the server works with, built by the caller (the CLI's workspace, or a test) over one data directory: the
 * store opened for writing (the server owns the writer for its lifetime), the answer builder over it, the ingestor
 * that writes into it, and the knowledge base for entity names.
 *
 * @param kb        entity names and types
 * @param store     the index, open for writing
 * @param answers   answers questions from {@code store}
 * @param comparisons compares how groups divide on a question
 * @param forecasts the forecast ledger over {@code store}, with the analyst's resolutions
 * @param ingestor  adds uploaded files to {@code store}
 * @param version   the Standpoint version, for {@code /api/health}
 */
public record Backend(KnowledgeBase kb, Store store, AnswerBuilder answers, ComparisonBuilder comparisons,
                      ForecastLedger forecasts, Ingestor ingestor, String version) {

    public Backend {
        if (kb == null || store == null || answers == null || comparisons == null || forecasts == null
                || ingestor == null) {
            throw new IllegalArgumentException("kb, store, answers, comparisons, forecasts and ingestor are required");
        }
        version = version == null ? "" : version;
    }
}
