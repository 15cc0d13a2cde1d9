package dev.standpoint.index.eval;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.LinkContext;
import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.HolderNames;
import dev.standpoint.core.model.Span;

/**
 * Holder matching as {@code ANNOTATION.md} defines it: the names compared by {@link HolderNames} (case, titles, a
 * leading "the", singular and plural, a surname for a full name), and aliases from the knowledge base ("U.S." and
 * "United States"). A prediction in the author's own voice matches {@code author} and the author's name.
 */
public final class HolderMatcher {

    private final EntityLinker linker;

    public HolderMatcher(EntityLinker linker) {
        this.linker = linker;
    }

    public boolean matches(String gold, Holder predicted) {
        if (predicted.kind() == HolderKind.AUTHOR && gold.equalsIgnoreCase("author")) {
            return true;
        }
        return same(gold, predicted.name());
    }

    boolean same(String a, String b) {
        if (HolderNames.same(a, b)) {
            return true;
        }
        String ex = entity(a);
        return ex != null && ex.equals(entity(b));
    }

    /** The entity the whole string names, if one does. */
    private String entity(String s) {
        String t = s.strip().replaceFirst("(?i)^the\\s+", "");
        Links links = linker.link(t, new Span(0, t.length()), LinkContext.none());
        if (links.mentions().size() == 1 && links.mentions().get(0).span().length() == t.length()) {
            return linker.actor(links.mentions().get(0).entityId());
        }
        return null;
    }
}
