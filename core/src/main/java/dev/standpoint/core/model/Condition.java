package dev.standpoint.core.model;

/**
 * A clause on which an assessment or forecast depends, from its trigger to the end of its clause.
 *
 * @param span    the whole condition, e.g. "as long as it did not sacrifice the U.S.-Japan alliance"
 * @param trigger the introducing words, e.g. "as long as"
 */
public record Condition(Span span, String trigger) {

    public Condition {
        if (span == null || trigger == null || trigger.isBlank()) {
            throw new IllegalArgumentException("span and trigger are required");
        }
    }
}
