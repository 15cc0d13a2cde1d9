package dev.standpoint.index.ingest;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param found       supported files found
 * @param added       documents added to the index
 * @param unchanged   files already ingested, unchanged (same bytes)
 * @param duplicates  files whose text is already in the index under another file
 * @param failed      files that could not be ingested, one line each
 * @param warnings    files ingested with repairs, one line each
 * @param skipped     files in folders that no reader supports
 * @param sentences   sentences added
 * @param vectors     sentence vectors added (embedded claims, or every sentence)
 * @param bytes       bytes of the added files
 * @param seconds     wall time
 */
public record IngestReport(int found, int added, int unchanged, int duplicates, List<String> failed,
                           List<String> warnings, int skipped, long sentences, long vectors, long bytes, double seconds) {

    public IngestReport {
        failed = List.copyOf(failed);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return failed.isEmpty();
    }

    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : (added + unchanged + duplicates) / seconds;
    }
}
