package dev.standpoint.core.kb;

import dev.standpoint.core.model.Alias;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.MentionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every surface form of every entity, keyed by its first run of letters or digits in lower case, longest first, so
 * that the linker can try the candidates at a position in one look-up.
 */
final class AliasIndex {

    /** One surface form of an entity. */
    record Entry(String text, Entity entity, MentionKind kind, boolean caseSensitive) {
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();

    AliasIndex(KnowledgeBase kb) {
        for (Entity e : kb.entities()) {
            add(new Entry(e.name(), e, MentionKind.NAME, true));
            for (Alias a : e.aliases()) {
                add(new Entry(a.text(), e, a.kind(), a.caseSensitive()));
                if (a.kind() == MentionKind.SURNAME && e.type() == EntityType.PERSON) {
                    bySurname.computeIfAbsent(a.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry x) -> -x.text().length())
                .thenComparing(x -> x.kind() == MentionKind.SURNAME ? 1 : 0);
        byKey.values().forEach(l -> l.sort(longestFirst));
    }

    private void add(Entry entry) {
        String key = key(entry.text(), 0);
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
    }

    /** The candidates whose first word is the word starting at {@code at} in {@code text}. */
    List<Entry> candidates(String text, int at) {
        return byKey.getOrDefault(key(text, at), List.of());
    }

    /** The people who go by this surname. */
    List<Entity> peopleWithSurname(String surname) {
        return bySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of());
    }

    static String key(String s, int at) {
        int end = at;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(at, end).toLowerCase(Locale.ROOT);
    }
}
