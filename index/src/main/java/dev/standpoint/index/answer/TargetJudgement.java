package dev.standpoint.index.answer;

import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.CueKind;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Polarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judgement a sentence passes on the very thing a question asks about, when it passes one in so many words:
 * evaluative words that modify the question's head noun directly. "We are pleased that the international community
 * did not acquiesce to the United States Government's unilateral and illegal withdrawal" is favourable as a sentence,
 * and about the withdrawal it asks "how did Iran characterize the withdrawal?", it is unfavourable. The sentence's
 * polarity weighs its judgements where they fall; this one reads the words attached to the subject.
 *
 * <p>Only adjectives and participles standing right before the head count, with nothing but other such words,
 * commas, "and", "but", degree words and the question's own words between them ("India's unfair, very strong
 * tariffs"; "the unlawful whaling ban", asked about the whaling ban). Words of magnitude
 * ("strong tariffs") judge nothing in themselves, so when they disagree with a judging word beside them they are left
 * out; words that still disagree ("a promising but flawed agreement") judge it mixed. A verb of stance judges its
 * object across a determiner or a year ("we support the 2016 ruling …, which … firmly rejected China's claims" is
 * favourable to the ruling; "we condemn the detention" unfavourable to it), unless the sentence is two-sided, when
 * the verb is only one side of its judgement ("pleased to welcome the pact's ambition, yet disappointed in …").
 */
final class TargetJudgement {

    /** Degree words and connectors allowed between the modifiers and the head. */
    private static final Set<String> BETWEEN = Set.of("and", "but", "yet", "very", "most", "so", "deeply", "highly", "truly",
            "really", "utterly", "completely", "totally", "entirely", "extremely", "quite", "rather", "more");
    /** Determiners that may stand between a verb of stance and the thing it judges ("we support the ruling"). */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "a", "an", "its",
            "their", "his", "her", "our", "your", "any", "all", "such");
    /**
     * Verbs of stance: their object is what they judge, whatever the rest of the sentence says of it ("we support the
     * 2016 ruling, which … rejected China's expansive claims"; "we condemn the detention of …").
     */
    private static final Set<String> STANCE_VERBS = Set.of("support", "supports", "supported", "supporting",
            "welcome", "welcomes", "welcomed", "welcoming", "endorse", "endorses", "endorsed", "applaud", "applauds",
            "applauded", "commend", "commends", "commended", "praise", "praises", "praised", "hail", "hails", "hailed",
            "appreciate", "appreciates", "appreciated", "condemn", "condemns", "condemned", "reject", "rejects",
            "rejected", "oppose", "opposes", "opposed", "denounce", "denounces", "denounced", "deplore", "deplores",
            "deplored", "criticize", "criticizes", "criticized", "criticise", "criticises", "criticised", "regret",
            "regrets", "regretted");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Adjectives of size or force: they qualify how much, and judge only when nothing else does. */
    private static final Set<String> MAGNITUDE = Set.of("strong", "stronger", "strongest");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");
    /** The openers of a concessive clause. */
    private static final Pattern CONCESSION = Pattern.compile(
            "(?i)\\b(?:despite|notwithstanding|although|though|even though|even if|while|whereas)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;\u2014\u2013]");
    /** The holder speaking of its own course ("we will continue"); "US" in capitals is a state, not "us". */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|I|[Oo]ur|us)\\b");
    /** Pronouns by which the main clause may name the subject again ("although it has flaws, it is …"). */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:it|its|they|them|their)\\b");

    private TargetJudgement() {
    }

    /**
     * As {@link #of(AnalysedSentence, List, Set)} for the heads and the words of a question; when no words modify a
     * head, the concession of a two-sided sentence that names the subject while its main clause states the holder's
     * own course ({@link #conceded}); {@code self} holds the entities that stand for the holder (its own, the
     * document's state for the author's voice).
     */
    static Polarity of(AnalysedSentence s, QuestionAnalysis qa, Set<String> self) {
        if (qa.topicHeads().isEmpty() && qa.topicEntities().isEmpty()) {
            return null;
        }
        Set<String> named = new HashSet<>();
        for (String w : qa.topicText().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                named.add(w);
            }
        }
        Polarity modified = of(s, qa.topicHeads(), named);
        return modified != null ? modified : conceded(s, qa.topicHeads(), qa.topicEntities(), self);
    }

    /**
     * The judgement a two-sided sentence passes on the subject when the subject stands in its concession only:
     * "despite the unfortunate legitimization of nuclear weapons through the indefinite extension of the NPT, India
     * will continue to work for the elimination of all nuclear weapons" judges the NPT by its concessive clause
     * (unfavourably), while the main clause states India's own course. The subject is one of {@code heads} or an
     * entity of {@code entities}; the concessive clause runs from "despite", "although", "though", "even though",
     * "even if", "while", "whereas" or "notwithstanding" to the next comma, dash or semicolon; the main clause states
     * the holder's course when it speaks in the first person ("we", "I", "our") or names an entity of {@code self}.
     * Otherwise the main clause may judge the subject too, by another name ("the United Nations made the right
     * decision, notwithstanding … unfair resolutions", asked about the Security Council) or directly ("a welcome and
     * constructive early step, even if the road ahead may be long"), and the sentence stays two-sided. {@code null}
     * when the sentence is not two-sided, has no such clause, does not name the subject in it, names it outside it
     * too (or may, by a pronoun: "although it has flaws"), its main clause is not the holder's course, or the clause
     * judges both ways.
     */
    static Polarity conceded(AnalysedSentence s, List<String> heads, Set<String> entities, Set<String> self) {
        Assessment a = s.assessment();
        if (a == null || !a.assessment() || a.polarity() != Polarity.MIXED) {
            return null;
        }
        String text = s.text();
        Matcher m = CONCESSION.matcher(text);
        if (!m.find()) {
            return null;
        }
        int base = s.sentence().span().start();
        int from = m.start();
        Matcher end = CLAUSE_END.matcher(text);
        int to = end.find(m.end()) ? end.start() : text.length();
        boolean inside = false;
        boolean outside = false;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (HeadNouns.matches(w.group(), heads)) {
                boolean in = w.start() >= from && w.start() < to;
                inside |= in;
                outside |= !in;
            }
        }
        for (Mention mention : s.mentions()) {
            if (entities.contains(mention.entityId())) {
                int at = mention.span().start() - base;
                boolean in = at >= from && at < to;
                inside |= in;
                outside |= !in;
            }
        }
        String main = text.substring(0, from) + " " + text.substring(to);
        if (!inside || outside || REFERENCE.matcher(main).find() || !ownCourse(s, main, from, to, self)) {
            return null;
        }
        int positive = 0;
        int negative = 0;
        for (Cue c : a.cues()) {
            if (c.kind() != CueKind.POLARITY) {
                continue;
            }
            int at = c.span().start() - base;
            if (at >= from && at < to) {
                positive += c.label().startsWith("positive") ? 1 : 0;
                negative += c.label().startsWith("negative") ? 1 : 0;
            }
        }
        if (positive > 0 == negative > 0) {
            return null;
        }
        return positive > 0 ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }

    /**
     * The polarity of the words that modify one of {@code heads} in this sentence, or {@code null} when none does or
     * two occurrences of the heads are judged differently. Words of {@code named} may stand between the judging words
     * and the head, as part of the name of the thing asked about ("the unlawful whaling ban", asked about the whaling
     * ban).
     */
    static Polarity of(AnalysedSentence s, List<String> heads, Set<String> named) {
        Assessment a = s.assessment();
        if (heads.isEmpty() || a == null || !a.assessment()) {
            return null;
        }
        String text = s.text();
        int base = s.sentence().span().start();
        List<Cue> polar = new ArrayList<>();
        for (Cue c : a.cues()) {
            if (c.kind() == CueKind.POLARITY) {
                polar.add(c);
            }
        }
        if (polar.isEmpty()) {
            return null;
        }
        polar.sort(Comparator.comparingInt((Cue c) -> c.span().start()).reversed());
        Matcher m = WORD.matcher(text);
        Polarity found = null;
        while (m.find()) {
            if (!HeadNouns.matches(m.group(), heads)) {
                continue;
            }
            Polarity p = modifiers(text, base, m.start(), polar, a, named);
            if (p != null) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Whether the main clause ({@code main}: the sentence outside {@code from}–{@code to}) is the holder's course. */
    private static boolean ownCourse(AnalysedSentence s, String main, int from, int to, Set<String> self) {
        if (FIRST_PERSON.matcher(main).find()) {
            return true;
        }
        int base = s.sentence().span().start();
        for (Mention mention : s.mentions()) {
            int at = mention.span().start() - base;
            if (self.contains(mention.entityId()) && (at < from || at >= to)) {
                return true;
            }
        }
        return false;
    }

    /** The polarity of the judging words right before the head at {@code at} (sentence offset), or null. */
    private static Polarity modifiers(String text, int base, int at, List<Cue> polar, Assessment a,
                                      Set<String> named) {
        int edge = at;
        int positive = 0;
        int negative = 0;
        int positiveMagnitude = 0;
        int negativeMagnitude = 0;
        while (true) {
            String gap = gapBefore(text, edge, named);
            int gapStart = edge - gap.length();
            if (!onlyConnectors(gap, named)) {
                break;
            }
            Cue cue = cueEndingAt(polar, base + gapStart);
            if (cue == null) {
                break;
            }
            String word = text.substring(cue.span().start() - base, cue.span().end() - base).toLowerCase(Locale.ROOT);
            boolean stance = STANCE_VERBS.contains(word);
            if (!stance && determined(gap)) {
                break;
            }
            if (stance && a.polarity() == Polarity.MIXED) {
                return null;
            }
            boolean favourable = cue.label().startsWith("positive");
            boolean magnitude = MAGNITUDE.contains(word);
            if (favourable) {
                positive++;
                positiveMagnitude += magnitude ? 1 : 0;
            } else if (cue.label().startsWith("negative")) {
                negative++;
                negativeMagnitude += magnitude ? 1 : 0;
            }
            edge = cue.span().start() - base;
            if (negated(a, base + edge)) {
                return null;
            }
            if (stance) {
                break;
            }
        }
        if (positive > 0 && negative > 0) {
            positive -= positiveMagnitude;
            negative -= negativeMagnitude;
        }
        if (positive > 0) {
            return negative > 0 ? Polarity.MIXED : Polarity.POSITIVE;
        }
        return negative > 0 ? Polarity.NEGATIVE : null;
    }

    /** The non-word text, connector words and words of the name right before {@code end}. */
    private static String gapBefore(String text, int end, Set<String> named) {
        int i = end;
        while (true) {
            int j = i;
            while (j > 0 && !Character.isLetter(text.charAt(j - 1))) {
                j--;
            }
            int k = j;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            String word = text.substring(k, j).toLowerCase(Locale.ROOT);
            if (k < j && (BETWEEN.contains(word) || named.contains(word) || DETERMINERS.contains(word))) {
                i = k;
                continue;
            }
            return text.substring(j, end);
        }
    }

    private static boolean onlyConnectors(String gap, Set<String> named) {
        for (String w : gap.split("[\\s,]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !BETWEEN.contains(lower) && !named.contains(lower) && !DETERMINERS.contains(lower)
                    && !NUMBER.matcher(lower).matches()) {
                return false;
            }
        }
        return !gap.contains(".") && !gap.contains(";") && !gap.contains(":");
    }

    /** Whether a determiner or a number stands in {@code gap}: only a verb of stance reaches across one. */
    private static boolean determined(String gap) {
        for (String w : gap.split("[\\s,]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lower) || NUMBER.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Cue cueEndingAt(List<Cue> polar, int end) {
        for (Cue c : polar) {
            if (c.span().end() == end) {
                return c;
            }
        }
        return null;
    }

    /** Whether a negation cue stands right before the modifiers ("not unfair tariffs"). */
    private static boolean negated(Assessment a, int start) {
        for (Cue c : a.cues()) {
            if (c.kind() == CueKind.NEGATION && c.span().end() <= start && start - c.span().end() <= 2) {
                return true;
            }
        }
        return false;
    }
}
