package dev.standpoint.core.kb;

import java.util.HashSet;
import java.util.Set;

/**
 * What the linker has learnt about one document so far: the people it has named in full (which makes a later
 * surname unambiguous) and the year it was published (which picks the office holder of the day). Not thread-safe;
 * one per document.
 */
public final class LinkContext {

    private final Integer year;
    private final Set<String> namedInFull = new HashSet<>();

    /** @param year the document's year, or {@code null} when unknown */
    public LinkContext(Integer year) {
        this.year = year;
    }

    public static LinkContext none() {
        return new LinkContext(null);
    }

    Integer year() {
        return year;
    }

    void namedInFull(String entityId) {
        namedInFull.add(entityId);
    }

    boolean wasNamedInFull(String entityId) {
        return namedInFull.contains(entityId);
    }
}
