package dev.standpoint.core.model;

/**
 * A span of the source that justifies a label, so that the UI can highlight why.
 *
 * @param span  where the cue stands in {@link Document#text()}
 * @param kind  which label it justifies
 * @param label the value it argues for ({@code "negative"}, {@code "high"}, {@code "probable"}, ...)
 */
public record Cue(Span span, CueKind kind, String label) {

    public Cue {
        if (span == null || kind == null || label == null) {
            throw new IllegalArgumentException("span, kind and label are required");
        }
    }
}
