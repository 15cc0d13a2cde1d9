package dev.standpoint.index.ingest;

import java.util.List;

/**
 * What an ingest did with one file, for callers that report per file (the server's upload results).
 *
 * @param source     the name the file is cited by
 * @param status     what happened
 * @param documentId the document's content id when it was added, was already there, or duplicates one; else
 *                   {@code null}
 * @param title      the document's title when it was read in this ingest, else {@code null}
 * @param reason     why it failed, one line without the file name; {@code null} unless it failed
 * @param warnings   what a reader repaired, without the file name
 */
public record FileOutcome(String source, Status status, String documentId, String title, String reason,
                          List<String> warnings) {

    /** What happened to a file. */
    public enum Status {
        /** Read, analysed and added to the index. */
        ADDED,
        /** The same bytes were ingested before. */
        UNCHANGED,
        /** Its text is already in the index under another file. */
        DUPLICATE,
        /** It could not be ingested; {@link #reason} says why. */
        FAILED
    }

    public FileOutcome {
        if (source == null || status == null) {
            throw new IllegalArgumentException("source and status are required");
        }
        warnings = List.copyOf(warnings);
    }
}
