package dev.standpoint.index.answer;

import dev.standpoint.index.SentenceHit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that refers back to what the question asks about by its head noun: asked about "the Camp David peace
 * process", "Implementation of the bilateral aspects of that process has been one of the few positive developments
 * …, but …" speaks of the same process as the sentence before it that named Camp David, though it shares one word
 * with the question. Its antecedent is the nearest earlier sentence of the same turn, a few sentences back, that
 * names the head; what that sentence says about the subject, the reference says too.
 *
 * <p>A reference is a determiner ("the", "that", "this", "these", "those", "such") before the head, with at most
 * two words between ("the bilateral aspects of that process", "the Agreement", "The efforts that have been made so
 * far"). A head followed by a complement ("the process of negotiation on Namibia", "the agreement with Iran") opens a
 * new description of its own and refers back to nothing. A pronoun subject ("Yet it is a significant milestone")
 * refers to what the sentence just before named.
 */
final class Anaphora {

    /** How many sentences back, within one turn, a reference may reach for its antecedent. */
    static final int REACH = 5;

    private static final Set<String> DETERMINERS = Set.of("the", "that", "this", "these", "those", "such");
    /**
     * Words after a head that make it a description of its own ("the process of …"); not "to", which as often
     * starts the verb's own infinitive ("implore those that have not ratified the Paris Agreement to do so").
     */
    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "on", "between", "with", "in", "against",
            "by", "among", "from");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final String OPENER = "^(?:(?:yet|but|and|however|still|indeed|moreover|nevertheless|nonetheless|so|"
            + "thus|of\\s+course|in\\s+fact|at\\s+the\\s+same\\s+time)\\s*,?\\s+)?";
    /** "Yet it is a significant milestone", "This marks a turning point": a pronoun subject before its verb. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(OPENER + "(?:it|this)\\s+(?:is|was|has|had|will|"
            + "would|could|can|may|might|must|should|remains|remained|represents|represented|marks|marked|serves|"
            + "served|constitutes|constituted|offers|offered|provides|provided|gives|gave|shows|showed|opens|"
            + "opened)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "It is clear that …", "It goes without saying that …", "It was important to …": an "it" that stands for
     * nothing (but "it is a milestone for …" names something).
     */
    private static final Pattern EXPLETIVE = Pattern.compile(OPENER + "it\\s+(?:is|was|will\\s+be|would\\s+be|has\\s+"
            + "been|had\\s+been|seems|seemed|appears|appeared|goes|went|remains|remained|may\\s+be|might\\s+be|must\\s+"
            + "be|should\\s+be|can\\s+be|could\\s+be)\\s+(?!(?:a|an|the|one|our|their|its)\\s)(?:\\S+\\s+){0,3}?"
            + "(?:that|to|for|whether|how|why|when|if|"
            + "time)\\b", Pattern.CASE_INSENSITIVE);

    private Anaphora() {
    }

    /** Whether {@code text} refers back to a thing by one of these heads (lower case, as the question has them). */
    static boolean refersBack(String text, List<String> heads) {
        if (heads.isEmpty()) {
            return false;
        }
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (HeadNouns.matches(words.get(i), heads) && determinedBefore(words, i)
                    && (i + 1 == words.size() || !COMPLEMENTS.contains(words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The antecedent of {@code h}'s reference among {@code candidates}: the nearest earlier one in the same turn, at
     * most {@link #REACH} sentences back, that names a head; {@code null} when {@code h} refers back to nothing or
     * none is found. When that one refers back in turn ("It is imperative that the Paris Agreement enter into force.
     * I know that the Agreement is not perfect."), callers that take the candidates in document order pass the
     * reference down the chain.
     */
    static SentenceHit antecedent(SentenceHit h, Collection<SentenceHit> candidates, List<String> heads) {
        if (!heads.isEmpty() && pronounSubject(h.sentence().text())) {
            return previous(h, candidates, heads);
        }
        if (!refersBack(h.sentence().text(), heads)) {
            return null;
        }
        SentenceHit best = null;
        int nearest = REACH + 1;
        for (SentenceHit c : candidates) {
            int d = TopicFocus.distance(h, c);
            if (d > 0 && d < nearest && c.sentence().sentence().index() < h.sentence().sentence().index()
                    && names(c.sentence().text(), heads)) {
                best = c;
                nearest = d;
            }
        }
        return best;
    }

    /**
     * Whether the sentence's subject is "it" or "this" standing for what the sentence before spoke of ("… the recent
     * treaty does not give us complete satisfaction … Yet it is a significant milestone"), not an "it" that
     * anticipates a clause ("It is clear that …").
     */
    static boolean pronounSubject(String text) {
        String t = text.strip();
        return PRONOUN_SUBJECT.matcher(t).lookingAt() && !EXPLETIVE.matcher(t).lookingAt();
    }

    /**
     * The sentence just before {@code h} in the same turn, when it names a head or refers back to one itself: a
     * pronoun reaches no further than the sentence before.
     */
    private static SentenceHit previous(SentenceHit h, Collection<SentenceHit> candidates, List<String> heads) {
        for (SentenceHit c : candidates) {
            if (TopicFocus.distance(h, c) == 1 && c.sentence().sentence().index() < h.sentence().sentence().index()) {
                String text = c.sentence().text();
                return names(text, heads) || pronounSubject(text) ? c : null;
            }
        }
        return null;
    }

    /** {@code hits} in document order: each document's sentences by their index. */
    static List<SentenceHit> inDocumentOrder(Collection<SentenceHit> hits) {
        List<SentenceHit> out = new ArrayList<>(hits);
        out.sort(Comparator.comparing((SentenceHit h) -> h.document().id())
                .thenComparingInt(h -> h.sentence().sentence().index()));
        return out;
    }

    /** Whether {@code text} uses one of the heads at all. */
    static boolean names(String text, List<String> heads) {
        return words(text).stream().anyMatch(w -> HeadNouns.matches(w, heads));
    }

    private static boolean determinedBefore(List<String> words, int head) {
        for (int j = head - 1; j >= Math.max(0, head - 3); j--) {
            if (DETERMINERS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
