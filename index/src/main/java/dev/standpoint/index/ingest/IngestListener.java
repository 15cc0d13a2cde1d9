package dev.standpoint.index.ingest;

/** Hears about an ingest as it goes: progress, and each problem as one line. */
public interface IngestListener {

    IngestListener SILENT = new IngestListener() {
    };

    /** Called after each file. */
    default void progress(IngestProgress progress) {
    }

    /** A file that failed, as one line naming the file and the reason. */
    default void failed(String line) {
    }

    /** Something a reader repaired or ignored in a file that was still ingested. */
    default void warning(String line) {
    }

    /** What became of one file: added, unchanged, a duplicate, or failed (with the reason). */
    default void file(FileOutcome outcome) {
    }
}
