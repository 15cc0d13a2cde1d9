package dev.standpoint.index.ingest;

/**
 * How far an ingest has got.
 *
 * @param done     files finished (added, unchanged, duplicate or failed)
 * @param total    files found
 * @param failed   files that failed
 * @param seconds  time since the start
 */
public record IngestProgress(int done, int total, int failed, double seconds) {

    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : done / seconds;
    }
}
