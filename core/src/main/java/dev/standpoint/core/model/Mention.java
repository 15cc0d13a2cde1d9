package dev.standpoint.core.model;

/** A span of text that names a knowledge-base entity. */
public record Mention(Span span, String entityId, MentionKind kind) {

    public Mention {
        if (span == null || entityId == null || kind == null) {
            throw new IllegalArgumentException("span, entityId and kind are required");
        }
    }
}
