package dev.standpoint.core.assess;

import dev.standpoint.core.assess.Lexicon.Kind;
import dev.standpoint.core.assess.Lexicon.Match;
import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Span;
import dev.standpoint.core.model.TextNormaliser;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whose view a sentence states. The default is the voice of the text: the speaker of a transcript turn,
 * else the author. A sentence reports someone else's view when its clause subject is a group ("U.S. officials",
 * "European diplomats"), a state or organisation ("the United States", "Tokyo", "the Kremlin") or a pronoun that
 * refers back to a group ("they"), followed by a verb of belief, attitude or speech ("thought", "worry", "said"),
 * an adjective of attitude ("were skeptical", "will continue to be wary"), or "had little expectation". A person
 * named with a verb of speech ("The President has been very clear") holds the view; a person with a verb of belief
 * does not: that is the speaker's reading of their mind. A first-person stance before the subject ("I think the
 * United States would …") keeps the view with the speaker.
 */
final class HolderFinder {

    /** What the finder remembers across the sentences of one document. */
    static final class State {
        private String activeGroup;
        private int activeQa = Integer.MIN_VALUE;
        private String activeSpeaker;

        void enter(int qa, String speaker) {
            if (qa != activeQa || !java.util.Objects.equals(speaker, activeSpeaker)) {
                if (qa != activeQa) {
                    activeGroup = null;
                }
                activeQa = qa;
                activeSpeaker = speaker;
            }
        }
    }

    /** A holder and the span of text that names it. */
    record Found(Holder holder, Span cue) {
    }

    private static final Set<String> LEADING = Set.of(
            "but", "and", "so", "yet", "still", "now", "recently", "however", "meanwhile", "indeed", "clearly", "of",
            "course", "at", "the", "for", "most", "part", "in", "fact", "first", "second", "third", "also", "then",
            "today", "again", "instead", "ultimately", "frankly", "politically", "moreover", "furthermore",
            "similarly", "likewise", "generally", "traditionally", "historically", "understandably", "naturally",
            "obviously", "broadly", "overall", "initially", "later", "previously", "currently", "already", "even",
            "just", "certainly", "of course", "many", "some", "few", "several", "other", "senior", "top", "both",
            "all", "these", "those", "this", "that", "a", "an", "number", "lot", "majority", "key", "leading");
    private static final Set<String> SKIPPABLE = Set.of(
            "still", "also", "generally", "largely", "clearly", "really", "simply", "firmly", "broadly", "mostly",
            "seem", "seems", "seemed", "appear", "appears", "appeared", "to", "be", "been", "being", "will", "would",
            "continue", "continues", "continued", "remain", "remains", "remained", "become", "became", "is", "are",
            "was", "were", "has", "have", "had", "very", "quite", "deeply", "extremely", "increasingly", "rightly",
            "not", "never", "always", "now", "certainly", "initially", "privately", "publicly", "long", "reportedly",
            "understandably", "openly", "made", "make", "makes", "so", "too", "more", "less", "particularly",
            "however", "themselves", "itself", "all", "both", "in", "theory");
    /** Heads that make a state's noun phrase mean its government: "the U.S. position" → United States. */
    private static final Set<String> INSTITUTIONAL = Set.of("position", "side", "government", "authorities");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "added", "noted", "stressed", "warned",
            "argued", "insisted", "wrote", "explained", "continued", "concluded", "claimed", "told", "declared");
    private static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "dr", "the", "a", "an", "president",
            "minister", "secretary", "prime", "ambassador", "spokesman", "spokeswoman", "spokesperson", "senator",
            "general", "professor", "prof", "chairman", "director", "foreign", "deputy", "chief", "reporters", "reporter");
    /** Titles before a person's name. */
    private static final Set<String> PERSON_TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "vice", "prime",
            "minister", "secretary", "ambassador", "senator", "chancellor", "premier", "king", "queen", "crown",
            "prince", "emir", "sheikh", "general", "foreign", "deputy", "chairman", "director", "governor");
    /**
     * Verbs of a public act of judgement: what a person "welcomed", "commended" or "condemned" is their stated view,
     * as what they said is (a readout's "President Biden welcomed the leading role …"), unlike what they are said to
     * believe or fear, which is the speaker's reading of their mind.
     */
    private static final Set<String> PUBLIC_ACTS = Set.of("welcome", "welcomes", "welcomed", "commend", "commends",
            "commended", "praise", "praises", "praised", "condemn", "condemns", "condemned", "applaud", "applauds",
            "applauded", "lauded", "lauds", "hailed", "hails", "criticized", "criticised", "criticizes", "criticises",
            "deplored", "deplores", "underscored", "underscores", "emphasized", "emphasised", "emphasizes",
            "emphasises", "reaffirmed", "reaffirms", "reiterated", "reiterates", "expressed", "expresses", "voiced",
            "denounced", "denounces", "thanked", "congratulated", "congratulates", "highlighted", "highlights",
            "affirmed", "affirms");
    /** Verbs of knowing what someone else holds: "we know that …", "we've heard that …". */
    private static final Set<String> FACTIVE = Set.of("know", "knew", "learned", "learnt", "heard", "understand",
            "understood");
    private static final Set<String> BEFORE_FACTIVE = Set.of("all", "also", "now", "certainly", "do", "have",
            "already");
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");
    /** Words that open a question, not a noun phrase: "Did the U.S. government …" names the government. */
    private static final Set<String> QUESTION_OPENERS = Set.of("did", "do", "does", "has", "have", "had", "is", "are",
            "was", "were", "will", "would", "can", "could", "should", "how", "what", "why", "when", "where", "who");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd",
            "my", "our", "me", "us");

    private final KnowledgeBase kb;

    HolderFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The holder of a sentence: reported when the sentence says so, else {@code voice}. */
    Found find(SentenceFeatures f, List<Mention> mentions, Holder voice, State state) {
        Optional<Found> reported = reported(f, mentions, state);
        if (reported.isPresent()) {
            return reported.get();
        }
        return new Found(voice, null);
    }

    private Optional<Found> reported(SentenceFeatures f, List<Mention> mentions, State state) {
        Optional<Found> attributed = attribution(f, mentions);
        if (attributed.isPresent()) {
            return attributed;
        }
        for (int i = 0; i < f.size(); i++) {
            String w = f.lower(i);
            if (w.equals("i") && i + 1 < f.size() && f.lower(i + 1).equals("mean")) {
                i++;
                continue;
            }
            if (FIRST_PERSON.contains(w)) {
                int known = knownThat(f, i);
                if (known < 0) {
                    return Optional.empty();
                }
                i = known - 1;
                continue;
            }
            if (!atClauseStart(f, i)) {
                continue;
            }
            Optional<Found> found = subjectAt(f, i, mentions, state);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * "We know that China views the agreement favorably": the speaker vouches for another's view without taking it.
     * The index just after the "that" when a first-person subject at {@code i} knows, learned or heard what follows;
     * -1 otherwise (a first-person stance, "I think the United States would …", keeps the view with the speaker).
     */
    private static int knownThat(SentenceFeatures f, int i) {
        int k = i + 1;
        while (k < f.size() && BEFORE_FACTIVE.contains(f.lower(k))) {
            k++;
        }
        if (k + 1 < f.size() && FACTIVE.contains(f.lower(k)) && f.lower(k + 1).equals("that")) {
            return k + 2;
        }
        return -1;
    }

    /**
     * News attribution: "…, Shen said." / "…, said the minister." at the end, or "According to X, …" at the start.
     * The holder is the one the sentence attributes the view to.
     */
    private Optional<Found> attribution(SentenceFeatures f, List<Mention> mentions) {
        int n = f.size();
        int end = n > 0 && !f.tokens.get(n - 1).isWord() ? n - 1 : n;
        if (end >= 3 && SPEECH_VERBS.contains(f.lower(end - 1))) {
            int comma = lastComma(f, end - 1);
            if (comma >= 0 && end - 1 - comma <= 5) {
                return named(f, comma + 1, end - 1, mentions);
            }
        }
        if (end >= 3) {
            int comma = lastComma(f, end);
            if (comma >= 0 && comma + 1 < end && SPEECH_VERBS.contains(f.lower(comma + 1)) && end - comma <= 7) {
                return named(f, comma + 2, end, mentions);
            }
        }
        if (n > 3 && f.lower(0).equals("according") && f.lower(1).equals("to")) {
            int comma = lastCommaBefore(f, Math.min(n, 9));
            if (comma > 2) {
                return named(f, 2, comma, mentions);
            }
        }
        return Optional.empty();
    }

    private static int lastComma(SentenceFeatures f, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (f.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static int lastCommaBefore(SentenceFeatures f, int limit) {
        for (int k = 0; k < limit; k++) {
            if (f.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** A holder named by tokens [from, to): an entity, a titled or capitalised name, or a group ("officials"). */
    private Optional<Found> named(SentenceFeatures f, int from, int to, List<Mention> mentions) {
        if (from >= to) {
            return Optional.empty();
        }
        dev.standpoint.core.model.Span span = f.span(from, to);
        for (Mention m : mentions) {
            if (span.contains(m.span())) {
                Entity e = kb.get(m.entityId()).orElse(null);
                if (e != null) {
                    String name = e.type() == EntityType.PERSON ? e.attributes().getOrDefault("surname", e.name())
                            : e.name();
                    return Optional.of(new Found(new Holder(name, HolderKind.REPORTED, e.id()), span));
                }
            }
        }
        List<String> words = new java.util.ArrayList<>();
        boolean group = false;
        for (int k = from; k < to; k++) {
            var t = f.tokens.get(k);
            group |= isGroupToken(f, k);
            if (FIRST_PERSON.contains(t.lower()) || Set.of("he", "she", "they", "it", "you", "as").contains(t.lower())) {
                return Optional.empty();
            }
            if (t.isWord() && !TITLE_WORDS.contains(t.lower()) && (t.isCapitalised() || isGroupToken(f, k))) {
                words.add(t.text());
            }
        }
        if (words.isEmpty() || words.size() > 4 || !group && !Character.isUpperCase(words.get(0).charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Found(new Holder(String.join(" ", words), HolderKind.REPORTED, null), span));
    }

    private static boolean isGroupToken(SentenceFeatures f, int k) {
        return f.matches(Kind.GROUP).stream().anyMatch(g -> g.from() <= k && k < g.to());
    }

    /** Whether only leading adverbs, connectives and determiners stand between the last clause boundary and i. */
    private static boolean atClauseStart(SentenceFeatures f, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = f.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("that")
                    && k > 0) {
                return true;
            }
            if (!LEADING.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private Optional<Found> subjectAt(SentenceFeatures f, int i, List<Mention> mentions, State state) {
        String w = f.lower(i);
        if (w.equals("they") && state.activeGroup != null && predicateAfter(f, i + 1, false)) {
            return Optional.of(new Found(new Holder(state.activeGroup, HolderKind.REPORTED, null), f.span(i, i + 1)));
        }
        int groupEnd = groupHeadEnd(f, i);
        if (groupEnd > 0 && predicateAfter(f, groupEnd, false)) {
            String entity = entityIn(f, i, groupEnd, mentions);
            String name = INSTITUTIONAL.contains(f.lower(groupEnd - 1)) && entity != null
                    ? kb.nameOf(entity) : groupName(f, i, groupEnd);
            state.activeGroup = name;
            return Optional.of(new Found(new Holder(name, HolderKind.REPORTED, entity), f.span(i, groupEnd)));
        }
        Mention m = mentionAt(f, afterTitles(f, i), mentions);
        if (m != null) {
            int after = tokenAfter(f, m.span().end());
            Entity e = kb.get(m.entityId()).orElse(null);
            if (e == null || after < 0) {
                return Optional.empty();
            }
            boolean person = e.type() == EntityType.PERSON;
            int headEnd = groupHeadEnd(f, after) > 0 ? groupHeadEnd(f, after) : after;
            if (predicateAfter(f, headEnd, person)) {
                String name = person ? e.attributes().getOrDefault("surname", e.name()) : e.name();
                return Optional.of(new Found(new Holder(name, HolderKind.REPORTED, e.id()), m.span()));
            }
        }
        return Optional.empty();
    }

    /** The token index just after a group head that a noun phrase starting at {@code i} ends with, or -1. */
    private static int groupHeadEnd(SentenceFeatures f, int i) {
        int end = -1;
        for (Match g : f.matches(Kind.GROUP)) {
            if (g.from() >= i && g.from() - i <= 4 && nounPhraseRun(f, i, g.from())) {
                end = g.to();
                while (end < f.size() && isGroupAt(f, end)) {
                    end = nextGroupEnd(f, end);
                }
                return end;
            }
        }
        return end;
    }

    private static boolean isGroupAt(SentenceFeatures f, int i) {
        return f.matches(Kind.GROUP).stream().anyMatch(g -> g.from() == i);
    }

    private static int nextGroupEnd(SentenceFeatures f, int i) {
        return f.matches(Kind.GROUP).stream().filter(g -> g.from() == i).findFirst().map(Match::to).orElse(i + 1);
    }

    /** Tokens [from, to) can be modifiers of a noun phrase: capitalised words, quantifiers, known adjectives. */
    private static boolean nounPhraseRun(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            var t = f.tokens.get(k);
            if (!t.isWord() || FIRST_PERSON.contains(t.lower()) || QUESTION_OPENERS.contains(t.lower())) {
                return false;
            }
            boolean modifier = t.isCapitalised() || LEADING.contains(t.lower()) || t.lower().endsWith("ern")
                    || Set.of("foreign", "defense", "defence", "security", "trade", "intelligence", "military",
                            "government", "administration", "policy", "national", "regional", "local", "european",
                            "western", "former", "current", "retired", "independent", "outside", "private", "public",
                            "congressional", "party", "business", "economic").contains(t.lower());
            if (!modifier) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb of belief, attitude or speech, or an attitude adjective, follows at {@code from}. */
    private static boolean predicateAfter(SentenceFeatures f, int from, boolean personSubject) {
        int k = from;
        int skipped = 0;
        while (k < f.size() && skipped <= 5) {
            String w = f.lower(k);
            Match cognition = at(f, Kind.COGNITION, k);
            if (cognition != null && passive(f, k)) {
                return false;
            }
            if (cognition != null) {
                String v = cognition.value();
                if (v.equals("speech") || !personSubject && (v.equals("belief") || v.equals("attitude"))) {
                    return true;
                }
                if (v.equals("possession") && !personSubject && !auxiliary(f, k) && prospectSoon(f, k + 1)) {
                    return true;
                }
            }
            if (!personSubject && at(f, Kind.ATTITUDE, k) != null) {
                return true;
            }
            if (PUBLIC_ACTS.contains(w) && !passive(f, k) && !(k > 0 && BE.contains(f.lower(k - 1)))) {
                return true;
            }
            if (personSubject && (w.equals("clear") || w.equals("made")) && k > from) {
                return true;
            }
            if (!SKIPPABLE.contains(w) && cognition == null) {
                return false;
            }
            k++;
            skipped++;
        }
        return false;
    }

    /**
     * Whether the verb at {@code k} is passive, its agent named after "by": "the Houthis have been supported by Iran"
     * reports Iran's support, not a view of the Houthis. An adjective of attitude is not ("officials were worried by
     * the move" is their worry).
     */
    private static boolean passive(SentenceFeatures f, int k) {
        if (k == 0 || !BE.contains(f.lower(k - 1)) || at(f, Kind.ATTITUDE, k) != null) {
            return false;
        }
        for (int j = k + 1; j < Math.min(f.size(), k + 4); j++) {
            if (f.lower(j).equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** "have been", "had been": "have" as an auxiliary, not of possession ("officials have little hope"). */
    private static boolean auxiliary(SentenceFeatures f, int k) {
        return k + 1 < f.size() && f.lower(k + 1).equals("been");
    }

    private static boolean prospectSoon(SentenceFeatures f, int from) {
        for (int k = from; k < Math.min(f.size(), from + 4); k++) {
            if (at(f, Kind.PROSPECT, k) != null || at(f, Kind.EVALUATIVE, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static Match at(SentenceFeatures f, Kind kind, int i) {
        for (Match m : f.matches(kind)) {
            if (m.from() == i) {
                return m;
            }
        }
        return null;
    }

    private static String groupName(SentenceFeatures f, int from, int to) {
        int start = from;
        while (start < to && Set.of("the", "many", "some", "most", "few", "several", "all", "other", "a", "an",
                "these", "those", "both", "number", "of", "lot", "majority").contains(f.lower(start))) {
            start++;
        }
        return TextNormaliser.collapseWhitespace(f.span(start, to).of(f.text));
    }

    private String entityIn(SentenceFeatures f, int from, int to, List<Mention> mentions) {
        Span s = f.span(from, to);
        for (Mention m : mentions) {
            if (s.contains(m.span())) {
                return kb.get(m.entityId()).map(Entity::stateId).orElse(m.entityId());
            }
        }
        return null;
    }

    /** The first token from {@code i} on that is no title: "President Biden", "Prime Minister Kishida". */
    private static int afterTitles(SentenceFeatures f, int i) {
        int k = i;
        while (k < f.size() - 1 && k - i < 3 && PERSON_TITLES.contains(f.lower(k))) {
            k++;
        }
        return k;
    }

    private static Mention mentionAt(SentenceFeatures f, int i, List<Mention> mentions) {
        int at = f.tokens.get(i).start();
        for (Mention m : mentions) {
            if (m.span().start() == at) {
                return m;
            }
        }
        return null;
    }

    private static int tokenAfter(SentenceFeatures f, int offset) {
        for (int k = 0; k < f.size(); k++) {
            if (f.tokens.get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    /** Remembers a group named as the subject of a question ("How do U.S. experts assess…"), for "they" later. */
    void noteQuestion(SentenceFeatures f, State state) {
        for (int i = 0; i < f.size(); i++) {
            int end = groupHeadEnd(f, i);
            if (end > 0) {
                state.activeGroup = groupName(f, i, end);
                return;
            }
        }
    }
}
