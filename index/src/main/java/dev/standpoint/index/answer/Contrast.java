package dev.standpoint.index.answer;

import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.SentenceHit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Two sentences that make one two-sided judgement: the second opens with a connective that sets it against the
 * first ("… putting consequences in place when actions warrant. At the same time, we do think there are areas where
 * we can continue to work together."), and the two lean opposite ways. Each side of such a pair answers whatever the
 * other answers.
 */
final class Contrast {

    private static final List<String> OPENERS = List.of("but ", "but,", "however", "yet ", "yet,", "still,",
            "at the same time", "that said", "having said that", "on the other hand", "nonetheless", "nevertheless",
            "even so", "and yet", "and at the same time");

    private Contrast() {
    }

    /** Whether {@code second}, the sentence after {@code first}, sets an opposite judgement against it. */
    static boolean pairs(SentenceHit first, SentenceHit second) {
        return opensWithContrast(second.sentence().text()) && opposite(first.sentence().assessment(),
                second.sentence().assessment());
    }

    /** The ids of the assessments among {@code hits} that make a pair with another of them. */
    static Set<String> paired(List<SentenceHit> hits) {
        Map<String, SentenceHit> byId = new HashMap<>();
        hits.forEach(h -> byId.put(h.id(), h));
        Set<String> out = new HashSet<>();
        for (SentenceHit second : hits) {
            SentenceHit first = byId.get(second.document().id() + "#" + (second.sentence().sentence().index() - 1));
            if (first != null && TopicFocus.distance(first, second) == 1 && pairs(first, second)) {
                out.add(first.id());
                out.add(second.id());
            }
        }
        return out;
    }

    /** Whether a sentence opens by setting itself against what precedes it ("But…", "At the same time, …"). */
    static boolean opensWithContrast(String text) {
        String t = text.stripLeading().toLowerCase(Locale.ROOT).replace('\u2014', ' ');
        if (t.startsWith("yet another") || t.startsWith("yet again")) {
            return false;
        }
        for (String o : OPENERS) {
            if (t.startsWith(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opposite(Assessment a, Assessment b) {
        if (a == null || b == null || !a.assessment() || !b.assessment()) {
            return false;
        }
        return a.polarity() == Polarity.POSITIVE && b.polarity() == Polarity.NEGATIVE
                || a.polarity() == Polarity.NEGATIVE && b.polarity() == Polarity.POSITIVE;
    }
}
