package dev.standpoint.core.read;

import dev.standpoint.core.model.Span;

/** A block of extracted text and what the source's markup says it is. */
public record TextBlock(Span span, BlockHint hint) {

    public TextBlock {
        if (span == null || hint == null) {
            throw new IllegalArgumentException("span and hint are required");
        }
    }
}
