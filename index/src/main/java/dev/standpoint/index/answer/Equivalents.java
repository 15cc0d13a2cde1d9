package dev.standpoint.index.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that name the same thing in the register of diplomacy and policy, so that a question worded one way finds
 * the sentences worded the other: asked about "the tone of those talks", an official says "the conversations were
 * candid"; asked about "earlier administrations", a speaker says "prior administrations" or "in the past". Each group
 * is a handful of words an analyst uses interchangeably for one referent; a word that as often means something else
 * ("deal", which is also a verb; "arrangement") is left out. Matching is by stem, as the index stems.
 */
final class Equivalents {

    private static final List<List<String>> GROUPS = List.of(
            List.of("talks", "conversations", "conversation", "discussions", "discussion", "meetings", "dialogue"),
            List.of("earlier", "prior", "previous", "past", "former", "preceding"),
            List.of("ties", "relations", "relationship"),
            List.of("pact", "agreement", "accord", "treaty"),
            List.of("aid", "assistance"),
            List.of("reaction", "response"),
            List.of("cooperation", "collaboration"),
            List.of("ruling", "award", "judgment", "judgement", "verdict"));

    /** Stem → the index of its group. */
    private static final Map<String, Integer> GROUP_OF = new HashMap<>();
    /** Word in the singular ({@link HeadNouns#singular}) → the index of its group. */
    private static final Map<String, Integer> WORD_GROUP_OF = new HashMap<>();

    static {
        for (int g = 0; g < GROUPS.size(); g++) {
            for (String word : GROUPS.get(g)) {
                for (String stem : TopicFocus.stems(word)) {
                    GROUP_OF.putIfAbsent(stem, g);
                }
                WORD_GROUP_OF.putIfAbsent(HeadNouns.singular(word), g);
            }
        }
    }

    private Equivalents() {
    }

    /** Whether two stems name the same thing: equal, or in one group. */
    static boolean same(String stem, String other) {
        if (stem.equals(other)) {
            return true;
        }
        Integer a = GROUP_OF.get(stem);
        return a != null && a.equals(GROUP_OF.get(other));
    }

    /** Whether two words in the singular, lower case, name the same thing: equal, or in one group. */
    static boolean sameWord(String singular, String other) {
        if (singular.equals(other)) {
            return true;
        }
        Integer a = WORD_GROUP_OF.get(singular);
        return a != null && a.equals(WORD_GROUP_OF.get(other));
    }
}
