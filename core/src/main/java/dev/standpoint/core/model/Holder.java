package dev.standpoint.core.model;

/**
 * Whose view an assessment is.
 *
 * @param name     the holder as a reader would name it: the author's name, a speaker without title
 *                 ({@code "Psaki"}), or a reported group ({@code "U.S. officials"})
 * @param kind     where the holder comes from
 * @param entityId the knowledge-base entity the holder is or belongs to ({@code USA} for "U.S. officials"), or
 *                 {@code null}
 */
public record Holder(String name, HolderKind kind, String entityId) {

    public Holder {
        if (name == null || name.isBlank() || kind == null) {
            throw new IllegalArgumentException("holder name and kind are required");
        }
    }

    /** The holder as the gold format writes it: {@code "author"} for the author's own voice, else the name. */
    public String goldLabel() {
        return kind == HolderKind.AUTHOR ? "author" : name;
    }
}
