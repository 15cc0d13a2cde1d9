package dev.standpoint.core.model;

/**
 * One paragraph of a document with its structural role.
 *
 * @param index   position in the document, from 0
 * @param span    the paragraph's text in {@link Document#text()}, without a speaker label
 * @param role    what the paragraph is
 * @param speaker who speaks it in a transcript ({@code "Psaki"}, {@code "Reporter"}), or {@code null} when the
 *                document has a single voice
 * @param qa      the question/answer pair the paragraph belongs to, or {@code -1}
 */
public record Paragraph(int index, Span span, Role role, String speaker, int qa) {

    public Paragraph {
        if (index < 0) {
            throw new IllegalArgumentException("paragraph index must be non-negative; got " + index);
        }
        if (span == null || role == null) {
            throw new IllegalArgumentException("span and role are required");
        }
        if (qa < -1) {
            throw new IllegalArgumentException("qa must be -1 or a pair number; got " + qa);
        }
        if (speaker != null && speaker.isBlank()) {
            speaker = null;
        }
    }

    public Paragraph withRole(Role newRole) {
        return new Paragraph(index, span, newRole, speaker, qa);
    }
}
