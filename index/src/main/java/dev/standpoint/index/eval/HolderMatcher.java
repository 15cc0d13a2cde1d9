package dev.standpoint.index.eval;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.LinkContext;
import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.Span;
import java.util.Locale;
import java.util.Set;

/**
 * Holder matching as {@code ANNOTATION.md} defines it: ignoring case, titles and a leading "the", singular and
 * plural alike, a surname matching a full name that ends in it, and aliases from the knowledge base ("U.S." and
 * "United States"). A prediction in the author's own voice matches {@code author} and the author's name.
 */
public final class HolderMatcher {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "secretary", "prime",
            "minister", "ambassador", "vice", "foreign", "general", "senator", "chancellor", "the");

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
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x)) {
            return true;
        }
        String ex = entity(a);
        return ex != null && ex.equals(entity(b));
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s]+")) {
            String t = w.replaceAll("[.,]$", "");
            if (t.isEmpty() || TITLES.contains(t)) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")
                    ? t.substring(0, t.length() - 1) : t);
        }
        return b.toString();
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
