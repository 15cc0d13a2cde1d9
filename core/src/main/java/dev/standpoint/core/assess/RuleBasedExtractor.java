package dev.standpoint.core.assess;

import dev.standpoint.core.assess.Lexicon.Kind;
import dev.standpoint.core.assess.heads.PolarityHead;
import dev.standpoint.core.assess.Lexicon.Match;
import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Certainty;
import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.CueKind;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.Intensity;
import dev.standpoint.core.model.Likelihood;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first assessment extractor: lexicons and patterns, with negation scope, intensifiers, hedges, conditions and
 * holder detection. Every label it gives comes with the cue spans that justify it.
 *
 * <p>A sentence is an assessment when it carries evaluative language (an evaluative term, a deontic "should/must"
 * about a course of action, an epistemic stance such as "I think" or "likely", or a conditional commitment);
 * questions, greetings and discourse acts ("I'm not going to get into that") never are.
 */
public final class RuleBasedExtractor implements AssessmentExtractor {

    private static final Set<String> NOUN_WILL_BEFORE = Set.of("political", "the", "good", "free", "ill", "own",
            "popular", "their", "his", "her", "its", "our", "my", "your", "people's", "collective", "strong",
            "sovereign", "national", "a");
    /** How much evaluative weight makes a sentence an assessment: one term, weak ones included. */
    private static final double MIN_EVALUATION = 1.0;
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "we'll", "i'll", "we're", "i'm");
    private static final int FIRST_PERSON_REACH = 5;
    private static final Set<String> PAST_REPORTING = Set.of("thought", "believed", "said", "expected", "seemed",
            "hoped", "feared", "assumed", "was", "were", "had");
    /**
     * Verbs that report what someone spoke of rather than what they said of it ("he talked about the need to …"):
     * a need or duty in their object is the topic of someone else's talk, not the speaker's stance.
     */
    private static final Set<String> TOPIC_REPORTING = Set.of("talked", "talks", "talking", "spoke", "speaks",
            "speaking", "discussed", "discusses", "discussing", "mentioned", "mentions", "raised", "raises");
    /** The kinds of cognition cue that state a holder's stance (not "modal", "copula" or "possession"). */
    private static final Set<String> STANCE_KINDS = Set.of("belief", "attitude", "speech");
    /** The deontic words that, after "would", can state a requirement rather than a recommendation. */
    private static final Set<String> NEED_OR_HAVE = Set.of("need", "needs", "have", "has", "had");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who");
    /**
     * The deontic words that advise: "I don't think we should" advises against, where "I don't think you need to look
     * any further" or "we have to" mostly says that something is unnecessary.
     */
    private static final Set<String> ADVISING = Set.of("should", "must", "ought");
    /** How many words may stand between a negated verb of belief and its "should": a short subject and "that". */
    private static final int NEGATED_BELIEF_REACH = 5;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "these", "those", "some", "any",
            "our", "their", "its", "his", "her", "your", "my", "other", "certain");
    /** Pronouns that may be the subject of a reduced relative clause: "the steps we would need to take". */
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("we", "they", "you", "i", "he", "she", "it");
    /** Verbs that cannot stand without an object, so that one without it has lost it to a relative clause. */
    private static final Set<String> TRANSITIVE = Set.of("take", "do", "make", "see", "meet", "pay", "provide",
            "accept", "implement", "address", "achieve", "put", "give", "get", "bring", "find", "show", "offer",
            "undertake", "fulfil", "fulfill", "answer", "resolve", "overcome", "clear", "cross", "satisfy");
    /** What may follow a verb whose object is missing, having moved to the noun the clause describes. */
    private static final Set<String> AFTER_GAP = Set.of("in", "to", "for", "before", "after", "by", "as", "so", "if",
            "and", "or", "now", "first", "then", ",", ".", ";", ":", "\u2014", ")");
    /** Nouns whose "that" clause states their content ("the fact that we have to …"), not a requirement of theirs. */
    private static final Set<String> STATED_BY_CLAUSE = Set.of("fact", "view", "belief", "idea", "notion", "reality",
            "sense", "point", "message", "case", "hope", "concern", "recognition", "understanding", "conviction",
            "position", "argument", "assessment", "expectation", "lesson", "truth", "feeling", "consensus", "agreement",
            "clear", "sure", "important", "true", "obvious", "evident", "certain", "so", "such", "now");
    /** Words that may stand between the subject and a topic-reporting verb ("he kind of talked about"). */
    private static final Set<String> BEFORE_TOPIC_VERB = Set.of("also", "kind", "sort", "of", "just", "both", "all",
            "has", "have", "had", "was", "were", "is", "are", "specifically", "again", "even", "really", "then");

    /** The condition triggers under which a promised response is a threat. */
    private static final Set<String> THREAT_TRIGGERS = Set.of("if", "should", "unless", "in case", "in the event");

    private final Lexicon lexicon;
    private final HolderFinder holders;
    private final PolarityHead polarityHead;
    private final EvaluationFinder evaluationFinder = new EvaluationFinder();
    private final KnowledgeBase kb;

    public RuleBasedExtractor(KnowledgeBase kb) {
        this(kb, Lexicon.shipped());
    }

    public RuleBasedExtractor(KnowledgeBase kb, Lexicon lexicon) {
        this(kb, lexicon, null);
    }

    /**
     * @param polarityHead a trained head consulted for assessments whose wording gives the rules no polarity, or
     *                     {@code null} to go by rules alone
     */
    public RuleBasedExtractor(KnowledgeBase kb, Lexicon lexicon, PolarityHead polarityHead) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.holders = new HolderFinder(kb);
        this.polarityHead = polarityHead;
    }

    @Override
    public String describe() {
        return "rules-v1 (lexicon " + lexicon.size() + " entries)" + (polarityHead == null ? ""
                : " + polarity head (" + polarityHead.head().provenance().getOrDefault("data", "?") + ", "
                + polarityHead.encoder().name() + ")");
    }

    @Override
    public List<Assessment> extract(Document document, List<Sentence> sentences, List<Links> links) {
        HolderFinder.State state = new HolderFinder.State();
        List<Assessment> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!s.role().isAnalysed()) {
                out.add(null);
                continue;
            }
            state.enter(s.qa(), s.speaker());
            SentenceFeatures f = new SentenceFeatures(document.text(), s.span(), lexicon);
            out.add(analyse(document, s, f, links.get(i).mentions(), state));
        }
        return polarityHead == null ? out : withHead(out, sentences, document.text());
    }

    /** Assessments without any evaluative wording take the polarity the head reads, when it is confident. */
    private List<Assessment> withHead(List<Assessment> assessments, List<Sentence> sentences, String text) {
        List<Integer> undecided = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            if (a != null && a.assessment() && a.cues(CueKind.POLARITY).isEmpty() && a.cues(CueKind.EVALUATION).isEmpty()) {
                undecided.add(i);
            }
        }
        List<String> texts = undecided.stream().map(i -> sentences.get(i).span().of(text)).toList();
        List<java.util.Optional<PolarityHead.Reading>> readings = polarityHead.read(texts);
        List<Assessment> out = new ArrayList<>(assessments);
        for (int k = 0; k < undecided.size(); k++) {
            int i = undecided.get(k);
            PolarityHead.Reading r = readings.get(k).orElse(null);
            if (r != null) {
                Cue why = new Cue(sentences.get(i).span(), CueKind.POLARITY,
                        String.format(java.util.Locale.ROOT, "model:%s %.2f", r.polarity().label(), r.probability()));
                out.set(i, out.get(i).withPolarity(r.polarity(), why));
            }
        }
        return out;
    }

    private Assessment analyse(Document doc, Sentence s, SentenceFeatures f, List<Mention> mentions,
                               HolderFinder.State state) {
        Holder voice = voice(doc, s);
        List<Cue> cues = new ArrayList<>();
        List<Condition> conditions = f.conditions;
        conditions.forEach(c -> cues.add(new Cue(triggerSpan(c), CueKind.CONDITION, c.trigger())));
        if (s.role() == Role.QUESTION || f.isQuestion()) {
            if (s.role() == Role.QUESTION) {
                holders.noteQuestion(f, state);
            }
            return new Assessment(false, voice, List.of(), Polarity.NEUTRAL, Intensity.LOW, Certainty.CERTAIN,
                    Likelihood.of(Certainty.CERTAIN), false, conditions, cues);
        }
        HolderFinder.Found holder = holders.find(f, mentions, voice, state);
        if (holder.cue() != null) {
            cues.add(new Cue(holder.cue(), CueKind.HOLDER, holder.holder().name()));
        }
        boolean formula = isFormula(f);
        List<Cue> forecastCues = new ArrayList<>();
        boolean forecast = !formula && forecast(f, forecastCues);
        List<Evaluation> evaluations = formula ? List.of() : evaluationFinder.find(f, forecast && firstPerson(f));
        evaluations.forEach(e -> cues.addAll(e.cues()));
        cues.addAll(forecastCues);
        Match deontic = formula ? null : ownDeontic(f);
        Match stance = stance(f);
        Certainty certainty = certainty(f, cues);
        Match threat = formula ? null : conditionalThreat(f);
        boolean assessment = !formula && (weightOf(evaluations) >= MIN_EVALUATION || deontic != null || threat != null
                || stance != null && f.size() > 4 || !conditions.isEmpty() && forecast && !evaluations.isEmpty());
        if (deontic != null && assessment) {
            cues.add(new Cue(f.span(deontic), CueKind.EVALUATION, deontic.value().equals("-") ? "negative" : "positive"));
        }
        List<String> targets = targets(mentions, holder.holder());
        if (!assessment) {
            Certainty c = forecast && certainty != Certainty.CERTAIN ? certainty : Certainty.CERTAIN;
            return new Assessment(false, holder.holder(), targets, Polarity.NEUTRAL, Intensity.LOW, c,
                    likelihood(f, c), forecast, conditions, cues);
        }
        Polarity polarity = Polarities.polarity(f, evaluations, deontic);
        Intensity intensity = Polarities.intensity(f, evaluations, polarity);
        if (threat != null && polarity != Polarity.MIXED) {
            cues.add(new Cue(f.span(threat), CueKind.EVALUATION, "negative"));
            polarity = Polarity.NEGATIVE;
        }
        return new Assessment(true, holder.holder(), targets, polarity, intensity, certainty,
                likelihood(f, certainty), forecast, conditions, cues);
    }

    /**
     * A conditional threat: what the speaker's side will do or bring about ("the response will be swift and severe",
     * "prepared to go further") if another acts, the act being an "if", "should" or "unless" condition. The
     * annotation guidelines count it as a negative assessment of the one whose conduct is the condition.
     */
    private static Match conditionalThreat(SentenceFeatures f) {
        boolean conditioned = f.conditions.stream().anyMatch(c -> THREAT_TRIGGERS.contains(
                c.trigger().toLowerCase(java.util.Locale.ROOT)));
        return conditioned ? first(f, Kind.THREAT, true) : null;
    }

    /**
     * The first "should/need to/must" outside conditions that is the speaker's own: one in the object of a topic
     * someone else spoke of ("And he talked about the need to reach out to other countries to invest in Russia")
     * reports what they discussed, and is not the speaker's assessment.
     */
    private static Match ownDeontic(SentenceFeatures f) {
        for (Match m : f.matches(Kind.DEONTIC)) {
            if (!f.inCondition(m.from()) && !topicOfOthers(f, m.from()) && !requirementOfNoun(f, m)
                    && !reducedRequirement(f, m)) {
                return advisedAgainst(f, m) ? against(m) : m;
            }
        }
        return null;
    }

    /** The same deontic read as advice against ("should not"). */
    private static Match against(Match m) {
        return new Match(m.from(), m.to(), new Lexicon.Entry(m.entry().words(), Kind.DEONTIC, "-", 0, false));
    }

    /**
     * Whether a negated verb of belief governs an advising "should/must/ought to", with no more than a short subject
     * and "that" between: "we don't think India should accelerate imports", "he does not believe the United States
     * should be fighting" say that it should not (the negation is read in the lower clause, as English speakers mean
     * it).
     */
    private static boolean advisedAgainst(SentenceFeatures f, Match m) {
        int at = m.from();
        if (!m.value().equals("+") || !ADVISING.contains(f.lower(at))) {
            return false;
        }
        int clause = EvaluationFinder.negRaisingStart(f);
        if (clause < 0 || at < clause || at - clause > NEGATED_BELIEF_REACH) {
            return false;
        }
        for (int k = clause; k < at; k++) {
            if (!f.tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token i is in the object of "he/she/they/NAME talked about|discussed|mentioned …" (not "we
     * discussed"), with no stance of theirs in between: "talked about his view that …", "agreed on the need to …"
     * and "how much they both want …" report what they think, which is an assessment of theirs.
     */
    private static boolean topicOfOthers(SentenceFeatures f, int i) {
        int own = i - 1;
        while (own > 0 && BEFORE_TOPIC_VERB.contains(f.lower(own))) {
            own--;
        }
        if (own >= 0 && (THIRD_PERSON.contains(f.lower(own)) || FIRST_PERSON.contains(f.lower(own)))) {
            return false;
        }
        for (int k = 1; k < i; k++) {
            if (!TOPIC_REPORTING.contains(f.lower(k)) || stanceBetween(f, k + 1, i)) {
                continue;
            }
            int s = k - 1;
            while (s > 0 && BEFORE_TOPIC_VERB.contains(f.lower(s))) {
                s--;
            }
            String subject = f.lower(s);
            boolean named = f.tokens.get(s).isCapitalised() || s > 0 && f.lower(s - 1).equals("the");
            if (THIRD_PERSON.contains(subject) || !FIRST_PERSON.contains(subject) && !subject.equals("you") && named) {
                return true;
            }
        }
        return false;
    }

    /**
     * "This is a waiver that there would have to be agreement on", "the nuclear steps that Iran would need to
     * take": "would need to"/"would have to" in a relative clause describes what a thing would require; it does not
     * recommend it ("a job that Congress needs to do" does).
     * A "that" after a verb or adjective ("I think that we need to", "it's clear that") or after a noun whose
     * clause it states ("the fact that we have to") keeps the stance.
     */
    private static boolean requirementOfNoun(SentenceFeatures f, Match m) {
        if (!NEED_OR_HAVE.contains(f.lower(m.from())) || m.from() == 0 || !f.lower(m.from() - 1).equals("would")) {
            return false;
        }
        for (int k = m.from() - 1; k > 0 && k >= m.from() - 6; k--) {
            String w = f.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || isStance(f, k)) {
                return false;
            }
            if (!RELATIVE.contains(w)) {
                continue;
            }
            String head = f.lower(k - 1);
            if (!f.tokens.get(k - 1).isWord() || STATED_BY_CLAUSE.contains(head) || isStance(f, k - 1)) {
                return false;
            }
            for (int d = k - 2; d >= Math.max(0, k - 4); d--) {
                if (DETERMINERS.contains(f.lower(d))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * "The sanctions relief steps the United States would need to take in order to return": the relative clause
     * without its "that", recognised by a noun phrase (a determiner and its noun) right before the clause's subject,
     * and by the clause's verb, one that needs an object ("take", "do", "meet"), standing without it: the object is
     * the noun. Like {@link #requirementOfNoun}, it describes what a thing would require.
     */
    private static boolean reducedRequirement(SentenceFeatures f, Match m) {
        int would = m.from() - 1;
        int verb = m.to();
        if (!NEED_OR_HAVE.contains(f.lower(m.from())) || would < 2 || !f.lower(would).equals("would")
                || verb + 1 >= f.size() || !TRANSITIVE.contains(f.lower(verb)) || !AFTER_GAP.contains(f.lower(verb + 1))) {
            return false;
        }
        int k = subjectStart(f, would) - 1;
        if (k < 1 || k == would - 1) {
            return false;
        }
        if (!f.tokens.get(k).isWord() || f.tokens.get(k).isCapitalised()
                || DETERMINERS.contains(f.lower(k)) || isStance(f, k)) {
            return false;
        }
        for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
            if (DETERMINERS.contains(f.lower(d))) {
                return true;
            }
            if (!f.tokens.get(d).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the subject of the verb at {@code verb} begins: a pronoun ("we"), a phrase opening with "the" of up to four
     * words ("the United States", "the company"), or a run of capitalised words ("Iran"); {@code verb} when none.
     */
    private static int subjectStart(SentenceFeatures f, int verb) {
        int k = verb - 1;
        if (k >= 0 && PRONOUN_SUBJECTS.contains(f.lower(k))) {
            return k;
        }
        for (int j = k; j >= Math.max(0, verb - 4) && f.tokens.get(j).isWord(); j--) {
            if (f.lower(j).equals("the")) {
                return j;
            }
        }
        while (k > 0 && f.tokens.get(k).isCapitalised()) {
            k--;
        }
        return k + 1;
    }

    /** A verb of belief, attitude or speech at token k ("think", "hope", "said"), not a modal or copula. */
    private static boolean isStance(SentenceFeatures f, int k) {
        Match c = at(f, Kind.COGNITION, k);
        return c != null && STANCE_KINDS.contains(c.value());
    }

    private static boolean stanceBetween(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isStance(f, k) || f.lower(k).startsWith("agree")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speaker's side is the subject: "we" or "I" near the start, or a sentence-initial "our …". */
    private static boolean firstPerson(SentenceFeatures f) {
        for (int k = 0; k < Math.min(f.size(), FIRST_PERSON_REACH); k++) {
            if (FIRST_PERSON.contains(f.lower(k)) || k == 0 && f.lower(k).equals("our")) {
                return true;
            }
        }
        return false;
    }

    private static Holder voice(Document doc, Sentence s) {
        if (s.speaker() != null) {
            return new Holder(s.speaker(), HolderKind.SPEAKER, null);
        }
        String author = doc.authors().isEmpty() ? "author" : doc.byline();
        return new Holder(author, HolderKind.AUTHOR, null);
    }

    private static dev.standpoint.core.model.Span triggerSpan(Condition c) {
        int end = Math.min(c.span().end(), c.span().start() + c.trigger().length());
        return new dev.standpoint.core.model.Span(c.span().start(), end);
    }

    /** Greetings, thanks and discourse acts that make up the whole sentence. */
    private static boolean isFormula(SentenceFeatures f) {
        Match polite = first(f, Kind.POLITENESS, false);
        if (polite != null && polite.from() <= 1 && f.size() - polite.to() <= 4) {
            return true;
        }
        Match discourse = first(f, Kind.DISCOURSE, false);
        return discourse != null && f.matches(Kind.EVALUATIVE).isEmpty();
    }

    /** The evaluative weight of a sentence; topics ("end the bloodshed", "the war") colour it but do not count. */
    private static double weightOf(List<Evaluation> evaluations) {
        double w = 0;
        for (Evaluation e : evaluations) {
            w += e.topic() ? 0 : e.mass();
        }
        return w;
    }

    // ---- certainty, likelihood, forecast -----------------------------------------------------------------------

    /**
     * A hedge that makes a sentence an assessment ("I think", "likely", "perhaps"). Boosters ("clearly", "I know")
     * strengthen a claim but do not make narration an evaluation.
     */
    private static Match stance(SentenceFeatures f) {
        for (Match m : f.matches(Kind.CERTAINTY)) {
            String w = f.lower(m.from());
            boolean weakModal = m.to() - m.from() == 1 && Set.of("would", "indeed", "may", "expected", "believed",
                    "thought", "seemed", "appeared").contains(w);
            if (!weakModal && !m.value().equals("certain") && !f.inCondition(m.from()) && isModalUse(f, m)) {
                return m;
            }
        }
        return null;
    }

    /** The leftmost hedge or booster of the main clause; "would" only when nothing else speaks. */
    private static Certainty certainty(SentenceFeatures f, List<Cue> cues) {
        Match chosen = null;
        Match would = null;
        for (Match m : f.matches(Kind.CERTAINTY)) {
            boolean eligible = !f.inCondition(m.from()) && isModalUse(f, m)
                    && (!f.inSubordinate(m.from()) || m.value().equals("certain"));
            if (!eligible) {
                continue;
            }
            if (!f.lower(m.from()).equals("would")) {
                chosen = m;
                break;
            }
            if (would == null && !pastReportedBefore(f, m.from())) {
                would = m;
            }
        }
        chosen = chosen == null ? would : chosen;
        if (chosen == null) {
            Match band = first(f, Kind.LIKELIHOOD, true);
            if (band != null) {
                cues.add(new Cue(f.span(band), CueKind.CERTAINTY, "probable"));
                return Certainty.PROBABLE;
            }
            return Certainty.CERTAIN;
        }
        Certainty c = Certainty.parse(chosen.value());
        cues.add(new Cue(f.span(chosen), CueKind.CERTAINTY, c.label()));
        return c;
    }

    /** "may" as a modal, not the month; "would like" is politeness; "could not" denies; "appeared in" is no hedge. */
    private static boolean isModalUse(SentenceFeatures f, Match m) {
        String w = f.lower(m.from());
        String next = m.to() < f.size() ? f.lower(m.to()) : "";
        if ((w.equals("could") || w.equals("may") || w.equals("might")) && next.equals("not")) {
            return false;
        }
        if (w.equals("may")) {
            return !f.tokens.get(m.from()).isCapitalised() || m.from() == 0;
        }
        if (w.equals("would")) {
            return !next.equals("like") && !next.equals("love");
        }
        if (w.startsWith("appear")) {
            return !Set.of("in", "on", "at", "before", "with", "as").contains(next);
        }
        return true;
    }

    private static boolean pastReportedBefore(SentenceFeatures f, int i) {
        for (int k = 0; k < i; k++) {
            if (PAST_REPORTING.contains(f.lower(k)) && !f.lower(k).equals("was") && !f.lower(k).equals("were")
                    && !f.lower(k).equals("had")) {
                return true;
            }
        }
        return false;
    }

    private static Likelihood likelihood(SentenceFeatures f, Certainty certainty) {
        Match band = first(f, Kind.LIKELIHOOD, true);
        if (band != null) {
            return Likelihood.valueOf(band.value());
        }
        boolean boosted = f.matches(Kind.CERTAINTY).stream().anyMatch(m -> m.value().equals("certain")
                && !f.inCondition(m.from()));
        return boosted && certainty == Certainty.CERTAIN ? Likelihood.ALMOST_CERTAIN : Likelihood.of(certainty);
    }

    private static boolean forecast(SentenceFeatures f, List<Cue> cues) {
        for (Match m : f.matches(Kind.FORECAST)) {
            if (f.inCondition(m.from()) || !isFutureUse(f, m) || pastReportedBefore(f, m.from())
                    || attributedToOthers(f, m.from()) || inDiscourse(f, m.from())) {
                continue;
            }
            cues.add(new Cue(f.span(m), CueKind.FORECAST, m.value()));
            return true;
        }
        for (int i = 0; i < f.size(); i++) {
            String w = f.lower(i);
            if ((w.endsWith("'ll") || w.equals("won't")) && !f.inCondition(i) && !attributedToOthers(f, i)
                    && !inDiscourse(f, i)) {
                cues.add(new Cue(f.span(i, i + 1), CueKind.FORECAST, "future"));
                return true;
            }
        }
        return false;
    }

    /**
     * "… evidence that he believes Congress will not act": a prediction inside what someone else believes is theirs,
     * not the speaker's forecast.
     */
    private static boolean attributedToOthers(SentenceFeatures f, int i) {
        for (int k = 1; k < i; k++) {
            Match c = at(f, Kind.COGNITION, k);
            if (c != null && c.value().equals("belief") && THIRD_PERSON.contains(f.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A future cue inside a discourse act ("I will say that …", "I'll turn it over"). */
    private static boolean inDiscourse(SentenceFeatures f, int i) {
        for (Match d : f.matches(Kind.DISCOURSE)) {
            if (d.from() <= i && i < d.to()) {
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

    private static boolean isFutureUse(SentenceFeatures f, Match m) {
        String w = f.lower(m.from());
        String before = m.from() > 0 ? f.lower(m.from() - 1) : "";
        String after = m.to() < f.size() ? f.lower(m.to()) : "";
        if (w.equals("will") || w.equals("shall")) {
            return !NOUN_WILL_BEFORE.contains(before) && m.to() < f.size() && f.tokens.get(m.to()).isWord();
        }
        if (w.equals("going")) {
            return !before.equals("was") && !before.equals("were") && !after.isEmpty();
        }
        return true;
    }

    private static Match first(SentenceFeatures f, Kind kind, boolean outsideConditions) {
        for (Match m : f.matches(kind)) {
            if (!outsideConditions || !f.inCondition(m.from())) {
                return m;
            }
        }
        return null;
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    private List<String> targets(List<Mention> mentions, Holder holder) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : mentions) {
            Entity e = kb.get(m.entityId()).orElse(null);
            if (e == null || m.entityId().equals(holder.entityId())) {
                continue;
            }
            names.add(e.name());
        }
        return new ArrayList<>(names);
    }
}
