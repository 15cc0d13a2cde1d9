package dev.standpoint.core.model;

/**
 * A name an entity goes by in text, and how it names it.
 *
 * @param text the surface form, e.g. {@code "the Kremlin"}, {@code "Russian"}, {@code "Abe"}. Forms containing an
 *             upper-case letter match case-sensitively; all-lower-case forms ("two plus two") match in any case.
 * @param kind how the form names the entity
 */
public record Alias(String text, MentionKind kind) {

    public Alias {
        if (text == null || text.isBlank() || kind == null) {
            throw new IllegalArgumentException("alias text and kind are required");
        }
        text = text.strip();
    }

    public boolean caseSensitive() {
        return !text.equals(text.toLowerCase(java.util.Locale.ROOT));
    }
}
