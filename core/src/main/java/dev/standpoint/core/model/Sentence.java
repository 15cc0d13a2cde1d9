package dev.standpoint.core.model;

/**
 * One sentence of a document.
 *
 * @param index     position in the document, from 0
 * @param span      where it stands in {@link Document#text()}
 * @param paragraph the index of its paragraph
 * @param role      its paragraph's role
 * @param speaker   its paragraph's speaker, or {@code null}
 * @param qa        its question/answer pair, or {@code -1}
 */
public record Sentence(int index, Span span, int paragraph, Role role, String speaker, int qa) {

    public Sentence {
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("sentence and paragraph indexes must be non-negative");
        }
        if (span == null || role == null) {
            throw new IllegalArgumentException("span and role are required");
        }
    }
}
