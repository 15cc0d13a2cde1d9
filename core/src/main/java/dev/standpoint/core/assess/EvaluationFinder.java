package dev.standpoint.core.assess;

import dev.standpoint.core.assess.Lexicon.Kind;
import dev.standpoint.core.assess.Lexicon.Match;
import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.CueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the evaluative expressions of a sentence and weighs each one:
 * <ul>
 *   <li><b>negation</b> in the same clause a few words before flips it ("not worried"; "not only", "not just", "more
 *   often than not", "spared no effort" and "as if … were not … enough" are no negation);
 *   a negated belief ("I don't think he's looking for a Cold War") flips what the believed clause evaluates;</li>
 *   <li><b>shifters</b> ("loss of trust", "lack of progress", "break with unity") turn a favourable term
 *   unfavourable; they leave an unfavourable one as it is, since calling for "an end to the violence" still judges
 *   the violence; a negation of the action ("did not meaningfully address our concerns") denies the action, not
 *   the problem, which then counts in full; a problem named by the remedy after it ("nuclear risk reduction",
 *   "conflict prevention", "debt relief") is the remedy's topic too, and a shifter reaches through the complements
 *   and conjuncts of its object ("reducing the risk of armed conflicts and the threat of nuclear war");</li>
 *   <li><b>intensifiers and downtoners</b> just before it change its strength ("deeply skeptical", "some
 *   concern"), and so do intensifiers inside a phrase ("so important");</li>
 *   <li><b>place</b>: inside a condition it counts half, and inside the complement of an earlier evaluation
 *   ("concerned about the support…", "progress in tackling … challenges") it counts less than its head; a topic
 *   such as a war governs no complement ("the war that is worsening food insecurity" judges the war);</li>
 *   <li><b>help given to a harm</b> is unfavourable: a verb of help whose object, or whose "for"/"to" phrase, is a
 *   harm ("support terrorism", "encourage attacks", "support for terrorist groups"), unless a remedy acts on it.</li>
 * </ul>
 */
final class EvaluationFinder {

    private static final int NEGATION_WINDOW = 5;
    private static final int INTENSIFIER_WINDOW = 2;
    private static final double IN_CONDITION = 0.5;
    private static final double IN_COMPLEMENT = 0.4;
    private static final double TOPIC = 0.3;
    /** Relations that take the colour of what they relate to: support for a brutal war is no good thing. */
    private static final Set<String> RELATIONAL = Set.of("support", "supports", "supported", "supporting", "backing",
            "assistance", "aid", "help", "helping", "cooperation", "partnership", "alliance", "assist", "fuel",
            "fuelling", "fueling", "enable", "enabling", "arming", "collaboration", "ties", "friendship", "encourage",
            "encourages", "encouraging", "promote", "promotes", "promoting", "promoted", "foster", "fosters", "fostering",
            "haven", "havens", "sanctuary");
    private static final Set<String> VERBAL = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "remains",
            "remain", "seems", "seem", "looks", "look", "becomes", "become");
    private static final Set<String> GOVERNING = Set.of("about", "of", "for", "to", "that", "in", "with", "over", "at",
            "regarding", "toward", "towards", "on", "against", "by");
    private static final Set<String> BELIEF_VERBS = Set.of("think", "believe", "expect", "see", "suppose", "feel",
            "imagine", "consider");
    private static final Set<String> NEGATION_STOPS = Set.of("and", "or");
    /**
     * Nouns of remedy that, right after a problem, make it the remedy's topic ("risk reduction", "debt relief"); not
     * those an adjective often judges ("an unfair resolution", "poor management", "a complex recovery").
     */
    private static final Set<String> REMEDIES = Set.of("reduction", "reductions", "prevention", "eradication",
            "elimination", "mitigation", "alleviation", "relief", "preparedness");
    private static final Set<String> NAMED_EVENTS = Set.of("crisis", "crises");
    /** The nouns of topic frames: "in terms of", "in the context of", "the issue of", "with regard to". */
    private static final Set<String> FRAME_NOUNS = Set.of("terms", "context", "issue", "issues", "question", "subject",
            "topic", "regard", "respect");
    /** The nouns of a time named by a problem: "in times of crisis", "at moments of tension". */
    private static final Set<String> TIME_NOUNS = Set.of("times", "periods", "moments");
    /** The prepositions that make such a time a frame: "in times of crisis", not "back to darker times of tension". */
    private static final Set<String> TIME_NOUN_PREPOSITIONS = Set.of("in", "at", "during", "through");
    private static final int TOPIC_FRAME_REACH = 4;
    /** The words that join a shifter's object to the next problem it governs ("the risk of war and the threat"). */
    private static final Set<String> CHAIN_LINKS = Set.of("of", "and", "or");
    /** The relative words that open a clause describing a shifter's object ("companies that were trafficking"). */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose");
    /** How far a relative word may stand from the shifter before it and from the term after it. */
    private static final int RELATIVE_REACH = 6;
    /** The longest object of a shifter whose "of" phrase holds the term it acts on ("a point of significant"). */
    private static final int OBJECT_OF_REACH = 5;
    /** The label of the cue that marks a harm as what a shifter or a remedy acts on ("end | the violence"). */
    private static final String ACTED_ON = "topic";
    private static final Set<String> CANNOT = Set.of("can't", "cannot", "couldn't");
    /** How far after a verb of help the harm it helps may start ("support | the Houthis' | attacks"). */
    private static final int OBJECT_REACH = 4;
    /** Harms named as topics that a verb of help may take as its object ("support terrorism", "fuel the war"). */
    private static final Set<String> HARMS = Set.of("terrorism", "terrorist", "terrorists", "extremism", "extremists",
            "insurgency", "attack", "attacks", "war", "wars", "conflict", "conflicts", "violence", "aggression",
            "blockade", "blockades", "invasion", "invasions", "occupation", "siege");
    /** Words of efficacy, which before a harm measure it ("an effective blockade"). */
    private static final Set<String> EFFICACY = Set.of("effective", "successful", "efficient", "sophisticated");
    /** Words that end the object of a verb of help before a harm ("support | during the crisis"). */
    private static final Set<String> NOT_IN_OBJECT = Set.of("by", "against", "during", "amid", "after", "before",
            "since", "until", "despite", "through", "throughout", "from", "into", "within", "under", "as", "on",
            "and", "or", "but", "while", "when", "than", "like", "without");
    /** How many problems a shifter's reach may chain through. */
    private static final int MAX_CHAIN = 4;
    /** Nouns of an occasion that can be had ("had the opportunity to meet"). */
    private static final Set<String> OCCASIONS = Set.of("opportunity", "opportunities");
    private static final Set<String> OCCASION_DETERMINERS = Set.of("the", "an", "a", "another", "this", "that",
            "every", "many", "several", "some");
    /** Verbs of an occasion had: "had the opportunity to", "got a chance to". */
    private static final Set<String> HAD = Set.of("had", "got", "getting", "having");
    /** The speaker's pleasure at the occasion: "thrilled to address", "an honour to be here". */
    private static final Set<String> COURTESIES = Set.of("thrilled", "delighted", "honored", "honoured", "pleased",
            "glad", "happy", "proud", "privilege", "honor", "honour", "pleasure", "excited", "grateful");
    /**
     * What a courtesy is pleased to do at the occasion; not "see", "stand with", "announce" or "speak out", which
     * judge.
     */
    private static final Set<String> COURTESY_ACTS = Set.of("address", "join", "welcome", "host", "introduce", "meet",
            "greet", "speak", "visit", "attend", "open", "receive");
    /** Words for saying too much, denied before "to say" ("not an overstatement to say"). */
    private static final Set<String> OVERSTATEMENTS = Set.of("overstatement", "exaggeration", "hyperbole", "stretch",
            "much");
    private static final Set<String> SAYING = Set.of("say", "call", "describe", "suggest");
    /** The verbs of thanks: said to "you" a courtesy, said to someone named a judgement. */
    private static final Set<String> THANKING = Set.of("thank", "thanked", "thanking");
    /** Whom thanks said as a courtesy go to: the listener, or God in "thank God". */
    private static final Set<String> THANKED_AS_COURTESY = Set.of("you", "god", "goodness", "heavens");
    private static final Set<String> COURTESY_PLACES = Set.of("here", "with", "back", "in", "at", "among", "on");
    /** Prepositions that make what follows a point in time ("before the full-scale invasion"). */
    private static final Set<String> TIME_FRAMES = Set.of("before", "after", "since", "during", "until", "amid");
    private static final Set<String> GOAL_VERBS = Set.of("build", "building", "ensure", "ensuring", "realize",
            "realizing", "realise", "realising", "achieve", "achieving", "create", "creating", "make", "making",
            "produce", "producing", "remains", "remain", "become", "becoming", "keep", "keeping");
    private static final int GOAL_REACH = 5;
    /**
     * Negation does not reach past a preposition of means: "cannot be ensured by threats" and "not by force" deny
     * the means, they do not make threats or force favourable.
     */
    private static final Set<String> INSTRUMENTAL = Set.of("by", "through", "via");

    /** How many words may stand between "the last thing" and its copula ("the last thing he wants now is"). */
    private static final int LAST_THING_REACH = 5;
    /** The verbs of "the last thing he wants / they need / we'd want is". */
    private static final Set<String> WANTING = Set.of("want", "wants", "wanted", "need", "needs", "needed", "wish",
            "wishes", "desire", "desires");

    List<Evaluation> find(SentenceFeatures f) {
        return find(f, false);
    }

    /**
     * @param plan whether the sentence announces the speaker's own plan ("we will …", "we intend to …"); favourable
     *             words in what the plan is to bring about ("to build a stronger region", "realizing a stable
     *             society") are then its goals, not a judgement
     */
    List<Evaluation> find(SentenceFeatures f, boolean plan) {
        List<Evaluation> out = new ArrayList<>();
        int aversion = aversionStart(f);
        int negRaising = aversion >= 0 ? aversion : negRaisingStart(f);
        for (Match m : f.matches(Kind.EVALUATIVE)) {
            if (isOccasion(f, m) || inDiscourse(f, m) || isCourtesy(f, m) || inDeniedDoubt(f, m)) {
                continue;
            }
            Evaluation e = evaluate(f, m, m.value().equals("+") ? 1 : -1, m.entry().strength(), false, negRaising,
                    aversion >= 0);
            out.add(e != null && plan && e.sign() > 0 && isGoal(f, m.from()) ? e.asTopic() : e);
        }
        for (Match m : f.matches(Kind.PROSPECT)) {
            Evaluation e = evaluate(f, m, 1, 1, true, negRaising, aversion >= 0);
            if (e != null && e.sign() < 0) {
                out.add(e);
            }
        }
        out.removeIf(java.util.Objects::isNull);
        out.sort((a, b) -> Integer.compare(a.token(), b.token()));
        out.removeIf(e -> degreeOfHarm(f, e, out));
        return complements(f, out);
    }

    private Evaluation evaluate(SentenceFeatures f, Match m, int sign, int strength, boolean prospect, int negRaising,
                                boolean aversion) {
        List<Cue> cues = new ArrayList<>();
        int negator = negatorBefore(f, m.from(), sign);
        int shifter = sign < 0 ? shifterBefore(f, m.from()) : -1;
        if (shifter < 0 && sign < 0 && remedied(f, m)) {
            shifter = m.to();
        }
        if (negator >= 0 && shifter > negator) {
            cues.add(new Cue(f.span(negator, negator + 1), CueKind.NEGATION, "action denied"));
            negator = -1;
            shifter = -1;
        }
        boolean raised = negator < 0 && negRaising >= 0 && m.from() > negRaising && sameClause(f, negRaising, m.from())
                && !deniedOverstatement(f, negRaising, m.from());
        if (prospect && negator < 0 && !raised) {
            return null;
        }
        int delta = intensifiers(f, m, cues);
        int s = strength;
        if (negator >= 0 || raised) {
            int at = negator >= 0 ? negator : negRaising;
            cues.add(new Cue(f.span(at, at + 1), CueKind.NEGATION, "negation"));
            sign = -sign;
            s = prospect ? 2 : f.lower(at).equals("never") ? 3 : Math.max(1, strength - 1);
        }
        s = Math.max(1, Math.min(3, s + delta));
        double weight = f.inCondition(m.from()) ? IN_CONDITION : 1.0;
        if (shifter >= 0 && negator < 0) {
            weight *= TOPIC;
            cues.add(new Cue(f.span(shifter, shifter + 1), CueKind.NEGATION, ACTED_ON));
        }
        String label = sign > 0 ? "positive" : "negative";
        cues.add(0, new Cue(f.span(m), CueKind.EVALUATION, label));
        cues.add(new Cue(f.span(m), CueKind.POLARITY, label + ":" + s));
        boolean weakened = delta < 0 || (negator >= 0 || raised) && !prospect && s < 3;
        return new Evaluation(m.from(), m.to(), sign, s, weight, weakened,
                negator < 0 && !(raised && aversion)
                        && (shifter >= 0 || m.entry().topical() || namedEvent(f, m)
                                || sign < 0 && inTopicFrame(f, m.from())),
                f.span(m), cues);
    }

    /**
     * "I don't think it's an overstatement to say historic unity", "it's no exaggeration to call it a success": what
     * follows "to say" or "to call" after a denied overstatement is asserted, not denied. Whether such a phrase stands
     * between {@code from} and {@code to}.
     */
    private static boolean deniedOverstatement(SentenceFeatures f, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (f.lower(k).equals("to") && SAYING.contains(f.lower(k + 1))) {
                for (int j = Math.max(from, k - 3); j < k; j++) {
                    if (OVERSTATEMENTS.contains(f.lower(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "I had an opportunity to meet with the governor", "he will also have the opportunity to meet President Lula":
     * an opportunity that was had or will be had is an occasion the sentence narrates, not a judgement of a prospect
     * ("we have a historic opportunity to end this war" is one; "historic opportunity" is an entry of its own).
     */
    private static boolean isOccasion(SentenceFeatures f, Match m) {
        int i = m.from();
        if (m.to() - i != 1 || !OCCASIONS.contains(f.lower(i)) || i < 2 || m.to() >= f.size()
                || !f.lower(m.to()).equals("to") || !OCCASION_DETERMINERS.contains(f.lower(i - 1))) {
            return false;
        }
        String verb = f.lower(i - 2);
        if (HAD.contains(verb)) {
            return true;
        }
        if (!verb.equals("have") && !verb.equals("has")) {
            return false;
        }
        for (int k = i - 3; k >= Math.max(0, i - 5); k--) {
            String w = f.lower(k);
            if (w.equals("will") || w.endsWith("'ll") || w.equals("going") || w.equals("had") || w.equals("have")
                    || w.equals("has")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I'm thrilled to address the forum", "it's an amazing privilege to be here", "we are delighted to welcome the
     * President": the speaker's pleasure at the occasion itself, a courtesy that judges nothing (whereas "glad to see
     * the progress" and "proud to stand with Ukraine" do); so is a word that praises the courtesy ("amazing"). Thanks
     * said to the listener ("thank you, Karine", "I can't thank you enough", "thank God") are a courtesy too;
     * thanking someone named for what they did ("we thank the international community for its efforts") judges it.
     */
    private static boolean isCourtesy(SentenceFeatures f, Match m) {
        if (m.to() - m.from() != 1) {
            return false;
        }
        if (THANKING.contains(f.lower(m.from()))) {
            return m.to() < f.size() && THANKED_AS_COURTESY.contains(f.lower(m.to()));
        }
        return courtesyAt(f, m.from()) || m.to() < f.size() && courtesyAt(f, m.to());
    }

    /** Whether token {@code at} is a courtesy word before "to" and the occasion ("privilege to be here"). */
    private static boolean courtesyAt(SentenceFeatures f, int at) {
        int i = at + 1;
        if (!COURTESIES.contains(f.lower(at)) || i + 1 >= f.size() || !f.lower(i).equals("to")) {
            return false;
        }
        String act = f.lower(i + 1);
        boolean speaksOut = act.equals("speak") && i + 2 < f.size() && f.lower(i + 2).equals("out");
        if (COURTESY_ACTS.contains(act) && !speaksOut) {
            return true;
        }
        boolean have = act.equals("have") && i + 2 < f.size() && f.lower(i + 2).equals("you");
        boolean be = act.equals("be") && i + 2 < f.size() && COURTESY_PLACES.contains(f.lower(i + 2));
        return have || be;
    }

    /** Whether a goal verb ("build", "ensuring", "realize") governs token {@code i} within its clause. */
    private static boolean isGoal(SentenceFeatures f, int i) {
        for (int k = i - 1; k >= Math.max(0, i - GOAL_REACH); k--) {
            if (!f.tokens.get(k).isWord()) {
                return false;
            }
            if (GOAL_VERBS.contains(f.lower(k))) {
                return !f.inSubordinate(k);
            }
        }
        return false;
    }

    /** "the Ukraine crisis", "the Rohingya crisis": a crisis named by a proper noun is an event, not a judgement. */
    private static boolean namedEvent(SentenceFeatures f, Match m) {
        int before = m.from() - 1;
        return m.to() - m.from() == 1 && NAMED_EVENTS.contains(f.lower(m.from())) && before > 0
                && f.tokens.get(before).isCapitalised();
    }

    /**
     * "in terms of rhetoric", "in the context of the crisis", "on the issue of corruption": a problem named as what
     * is talked about; "before the invasion", "since the war began", "during the crisis", "even in periods of
     * tension", "in times of crisis": a problem named as a time (only unfavourable terms: "in terms of improving …" still judges).
     */
    private static boolean inTopicFrame(SentenceFeatures f, int i) {
        for (int k = i - 1; k >= Math.max(1, i - TOPIC_FRAME_REACH); k--) {
            String w = f.lower(k);
            if (!f.tokens.get(k).isWord()) {
                return false;
            }
            if (w.equals("regarding") || TIME_FRAMES.contains(w)
                    || (w.equals("of") || w.equals("to")) && FRAME_NOUNS.contains(f.lower(k - 1))
                    || w.equals("of") && TIME_NOUNS.contains(f.lower(k - 1)) && timePreposition(f, k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the time noun at {@code noun} follows "in", "at", "during" or "through", a word or two before it. */
    private static boolean timePreposition(SentenceFeatures f, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            if (TIME_NOUN_PREPOSITIONS.contains(f.lower(k))) {
                return true;
            }
            if (!f.tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A problem named as the object of acting on it ("address that crisis", "prevent extremism", "tackling
     * challenges") is the topic of the sentence more than a judgement of it: it counts little.
     */
    /**
     * "nuclear risk reduction", "conflict prevention", "debt relief", "poverty eradication": a problem named by the
     * remedy that follows it is the topic of the remedy, like the object of a shifter before it ("an end to the
     * violence"), not a judgement.
     */
    private static boolean remedied(SentenceFeatures f, Match m) {
        return m.to() < f.size() && REMEDIES.contains(f.lower(m.to()));
    }

    private static int shifterBefore(SentenceFeatures f, int i) {
        return shifterBefore(f, i, 0);
    }

    /**
     * The shifter that governs the term at {@code i}: one just before it ("reducing the risk"), or the one that
     * governs the unfavourable term whose complement or conjunct it is ("reducing the risk of armed conflicts and
     * the threat of nuclear war": the conflicts, the threat and the war are what is reduced too).
     */
    private static int shifterBefore(SentenceFeatures f, int i, int depth) {
        int direct = directShifterBefore(f, i);
        if (direct < 0 && depth == 0) {
            direct = shifterOfRelative(f, i);
        }
        if (direct >= 0 || depth >= MAX_CHAIN) {
            return direct;
        }
        Match previous = null;
        for (Match p : f.matches(Kind.EVALUATIVE)) {
            if (p.to() <= i && p.value().equals("-") && (previous == null || p.to() > previous.to())) {
                previous = p;
            }
        }
        return previous != null && linksNounPhrases(f, previous.to(), i) && endsNounPhrase(f, i)
                ? shifterBefore(f, previous.from(), depth + 1) : -1;
    }

    /**
     * The shifter whose object a relative clause describes by the term at {@code i}: "shut down a number of companies
     * that were trafficking in illicit chemicals", "stop the groups who spread hateful lies". What is shut down or
     * stopped is known by the harm the clause names; the harm is the topic of the act, not a judgement of it. The
     * relative word stands at most {@link #RELATIVE_REACH} words before the term and as many after the shifter, with
     * no clause punctuation between.
     */
    private static int shifterOfRelative(SentenceFeatures f, int i) {
        for (int r = i - 1; r >= Math.max(1, i - RELATIVE_REACH); r--) {
            if (!f.tokens.get(r).isWord()) {
                return -1;
            }
            if (RELATIVES.contains(f.lower(r))) {
                for (Match n : f.matches(Kind.NEGATOR)) {
                    if (n.value().equals("shift") && n.to() < r && r - n.to() <= RELATIVE_REACH
                            && !hasClausePunctuation(f, n.to(), r) && nounPhrase(f, n.to(), r)) {
                        return n.from();
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether the words from {@code from} to {@code to} can make a noun phrase: no verb form or negation. */
    private static boolean nounPhrase(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = f.lower(k);
            if (!f.tokens.get(k).isWord() || VERBAL.contains(w) || f.isNegator(k) || RELATIVES.contains(w)) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Whether the tokens from {@code from} to {@code to} join two noun phrases: "of", "and" or "or", then at most
     * three words that are no verb form, preposition or conjunction ("of armed", "and the").
     */
    private static boolean linksNounPhrases(SentenceFeatures f, int from, int to) {
        if (from >= to || to - from > 4 || !CHAIN_LINKS.contains(f.lower(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            String w = f.lower(k);
            if (!f.tokens.get(k).isWord() || VERBAL.contains(w) || GOVERNING.contains(w) || CHAIN_LINKS.contains(w)
                    || f.isNegator(k) || w.equals("not") || w.equals("no") || w.equals("never")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the term starting at {@code i} ends its noun phrase (what follows is no word of it: punctuation, a
     * preposition, a conjunction, a verb form): "unjustified" in "unprovoked and unjustified invasion" modifies the
     * noun after it, which it judges whatever a shifter does to the phrase.
     */
    private static boolean endsNounPhrase(SentenceFeatures f, int i) {
        Match term = null;
        for (Match m : f.matches(Kind.EVALUATIVE)) {
            if (m.from() == i) {
                term = m;
            }
        }
        int next = term == null ? i + 1 : term.to();
        if (next >= f.size() || !f.tokens.get(next).isWord()) {
            return true;
        }
        String w = f.lower(next);
        return VERBAL.contains(w) || GOVERNING.contains(w) || CHAIN_LINKS.contains(w) || w.equals("that")
                || w.equals("which") || w.equals("who");
    }

    private static int directShifterBefore(SentenceFeatures f, int i) {
        for (Match n : f.matches(Kind.NEGATOR)) {
            if (n.value().equals("shift") && n.to() <= i && !hasClausePunctuation(f, n.to(), i)
                    && (i - n.to() <= 3 && appliesToObject(f, n.to(), i + 1) || ofItsObject(f, n.to(), i))) {
                return n.from();
            }
        }
        return -1;
    }

    /**
     * Whether the term at {@code i} names what the object that starts at {@code from} is made of: "remove a point of
     * significant tension", "stop the flow of illicit drugs". The object is a noun phrase of at most
     * {@link #OBJECT_OF_REACH} words whose "of" stands right before the term or before one word that qualifies it.
     */
    private static boolean ofItsObject(SentenceFeatures f, int from, int i) {
        if (i - from > OBJECT_OF_REACH || i - from < 2 || !nounPhrase(f, from, i)) {
            return false;
        }
        for (int k = from; k < i; k++) {
            if (GOVERNING.contains(f.lower(k)) && !(f.lower(k).equals("of") && k >= i - 2)) {
                return false;
            }
        }
        return f.lower(i - 1).equals("of") || f.lower(i - 2).equals("of");
    }

    /** The index of a negator in the same clause a few tokens before {@code i}, or -1. */
    private static int negatorBefore(SentenceFeatures f, int i, int sign) {
        for (int k = i - 1; k >= Math.max(0, i - NEGATION_WINDOW); k--) {
            if (f.isBoundary(k) || NEGATION_STOPS.contains(f.lower(k))) {
                return -1;
            }
            if (INSTRUMENTAL.contains(f.lower(k))) {
                return -1;
            }
            if (isNegation(f, k, i, sign)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "As if our communities did not have enough challenges", "as if poverty were not hard enough": the "not" of this
     * idiom asserts what it seems to deny (they have challenges enough; poverty is hard).
     */
    private static boolean rhetorical(SentenceFeatures f, int k) {
        boolean asIf = false;
        for (int j = k - 1; j >= Math.max(1, k - 8); j--) {
            if (f.lower(j).equals("if") && f.lower(j - 1).equals("as")) {
                asIf = true;
                break;
            }
            if (f.isBoundary(j)) {
                break;
            }
        }
        if (!asIf) {
            return false;
        }
        for (int j = k + 1; j < Math.min(f.size(), k + 6) && !f.isBoundary(j); j++) {
            if (f.lower(j).equals("enough")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An evaluative word inside a phrase about the talk itself ("the best way to characterize what she will say",
     * "that's a good question"): it judges the wording, not the matter.
     */
    private static boolean inDiscourse(SentenceFeatures f, Match m) {
        for (Match d : f.matches(Kind.DISCOURSE)) {
            if (d.from() <= m.from() && m.to() <= d.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Make no mistake", "there is no doubt": a phrase of certainty that denies an error or a doubt. Its negated
     * word says how sure the speaker is; read as a negated evaluation it would make the sentence favourable.
     */
    private static boolean inDeniedDoubt(SentenceFeatures f, Match m) {
        for (Match d : f.matches(Kind.CERTAINTY)) {
            if (d.from() <= m.from() && m.to() <= d.to()) {
                for (Match n : f.matches(Kind.NEGATOR)) {
                    if (d.from() <= n.from() && n.to() <= m.from() && !n.value().equals("shift")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isNegation(SentenceFeatures f, int k, int target, int sign) {
        String w = f.lower(k);
        String next = k + 1 < f.size() ? f.lower(k + 1) : "";
        if (w.equals("not") && (next.equals("only") || next.equals("just") || k > 0 && f.lower(k - 1).equals("than"))
                || w.equals("no") && k > 0 && f.lower(k - 1).startsWith("spar") || rhetorical(f, k)) {
            return false;
        }
        if (w.equals("no") && next.equals("less")) {
            return false;
        }
        if (w.equals("less")) {
            return target == k + 1 && !(k > 0 && f.lower(k - 1).equals("no"));
        }
        if (f.isNegator(k)) {
            return !isNegRaisingVerbAt(f, k);
        }
        for (Match n : f.matches(Kind.NEGATOR)) {
            if (n.from() <= k && k < n.to()) {
                if (n.value().equals("shift")) {
                    return sign > 0 && appliesToObject(f, n.to(), target);
                }
                if (w.equals("not") && k + 1 < f.size() && f.lower(k + 1).equals("only")) {
                    return false;
                }
                boolean diminisher = w.equals("little") || w.equals("few");
                return !(diminisher && n.from() > 0 && f.lower(n.from() - 1).equals("a"));
            }
        }
        return false;
    }

    /**
     * Where the clause a negated belief verb introduces starts ("I don't think | he's looking for a Cold War"),
     * or -1. The negation then scopes over that clause rather than over the belief.
     */
    static int negRaisingStart(SentenceFeatures f) {
        for (int k = 0; k + 1 < f.size(); k++) {
            if (isNegRaisingVerbAt(f, k)) {
                return k + 2;
            }
        }
        return -1;
    }

    /**
     * "the last thing he wants is a war": what the last thing someone wants is, is what they do not want; the clause
     * after the copula is denied ("the last thing is…", a list's end, is not). Returns where it starts, or -1.
     */
    private static int aversionStart(SentenceFeatures f) {
        for (int k = 0; k + 2 < f.size(); k++) {
            int start = lastThingStart(f, k);
            if (start >= 0) {
                return start;
            }
        }
        return -1;
    }

    private static int lastThingStart(SentenceFeatures f, int k) {
        if (k + 2 >= f.size() || !f.lower(k).equals("the") || !f.lower(k + 1).equals("last")
                || !f.lower(k + 2).equals("thing")) {
            return -1;
        }
        boolean wanted = false;
        for (int j = k + 3; j < Math.min(f.size() - 1, k + 3 + LAST_THING_REACH); j++) {
            String w = f.lower(j);
            if (WANTING.contains(w)) {
                wanted = true;
            } else if (w.equals("is") || w.equals("was") || w.equals("'s")) {
                return wanted ? j + 1 : -1;
            }
            if (f.isBoundary(j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "don't think", "do not believe", "didn't expect": a negator right before a verb of belief. "I can't say that we
     * made progress" denies the clause the same way ("can't say enough" praises, so the clause must start with
     * "that").
     */
    private static boolean isNegRaisingVerbAt(SentenceFeatures f, int k) {
        String w = f.lower(k);
        boolean negator = w.endsWith("n't") || w.equals("not") && k > 0 && Set.of("do", "does", "did")
                .contains(f.lower(k - 1));
        if (k + 2 < f.size() && CANNOT.contains(w) && f.lower(k + 1).equals("say")
                && f.lower(k + 2).equals("that")) {
            return true;
        }
        return negator && k + 1 < f.size() && BELIEF_VERBS.contains(f.lower(k + 1));
    }

    private static boolean sameClause(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = f.lower(k);
            if (w.equals(";") || w.equals(":") || f.isContrast(k)) {
                return false;
            }
        }
        return true;
    }

    /** A shifter ("reduce", "loss of") works on what follows it as its object, not across a verb. */
    private static boolean appliesToObject(SentenceFeatures f, int from, int target) {
        for (int k = from; k < target; k++) {
            if (VERBAL.contains(f.lower(k))) {
                return false;
            }
        }
        return target - from <= 3;
    }

    /** The change of strength from intensifiers just before the term and inside a multi-word term. */
    private static int intensifiers(SentenceFeatures f, Match term, List<Cue> cues) {
        int delta = 0;
        for (Match m : f.matches(Kind.INTENSIFIER)) {
            boolean before = m.to() <= term.from() && term.from() - m.to() < INTENSIFIER_WINDOW
                    && allWords(f, m.to(), term.from()) && !clauseInitialSo(f, m);
            if (before) {
                delta += m.entry().strength();
                cues.add(new Cue(f.span(m), CueKind.INTENSITY, m.entry().strength() > 0 ? "stronger" : "weaker"));
            }
        }
        if (term.to() - term.from() > 1 && term.kind() == Kind.EVALUATIVE && inner(f, term)) {
            delta += 1;
            cues.add(new Cue(f.span(term), CueKind.INTENSITY, "stronger"));
        }
        return Math.max(-1, Math.min(2, delta));
    }

    /** Whether a multi-word term holds an intensifier ("so important", "very welcome") not already counted. */
    private static boolean inner(SentenceFeatures f, Match term) {
        for (int k = term.from(); k < term.to() - 1; k++) {
            if (Set.of("very", "so", "extremely", "deeply", "highly", "truly", "most", "greatest", "utmost")
                    .contains(f.lower(k))) {
                return term.entry().strength() < 3;
            }
        }
        return false;
    }

    /** "So a stalemate seems likely": a clause-initial "so" is a connective, not an intensifier. */
    private static boolean clauseInitialSo(SentenceFeatures f, Match m) {
        return f.lower(m.from()).equals("so") && (m.from() == 0 || !f.tokens.get(m.from() - 1).isWord()
                || f.lower(m.from() - 1).equals("and") || f.lower(m.from() - 1).equals("but"));
    }

    private static boolean allWords(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!f.tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * An evaluation that governs a complement ("concerned about …", "progress in …", "threat to …") outweighs the
     * evaluations inside it, up to the end of the clause.
     */
    /**
     * "its effective blockade of Ukrainian ports", "a successful attack": a word of efficacy right before a harm says
     * how thoroughly the harm is done, not that it is good ("successful conflict resolution" names no harm).
     */
    private static boolean degreeOfHarm(SentenceFeatures f, Evaluation e, List<Evaluation> all) {
        if (e.sign() <= 0 || e.end() - e.token() != 1 || !EFFICACY.contains(f.lower(e.token()))) {
            return false;
        }
        Evaluation next = startingAt(all, e.end());
        return next != null && next.sign() < 0 && next.end() - next.token() == 1 && next.strength() >= 2
                && endsObject(f, next.end())
                || e.end() < f.size() && HARMS.contains(f.lower(e.end())) && endsObject(f, e.end() + 1);
    }

    private static List<Evaluation> complements(SentenceFeatures f, List<Evaluation> evaluations) {
        List<Evaluation> out = new ArrayList<>(evaluations);
        for (int i = 0; i < out.size(); i++) {
            Evaluation head = out.get(i);
            boolean governs = governs(f, head);
            boolean helpOf = head.end() < f.size() && GOVERNING.contains(f.lower(head.end()));
            boolean helpLast = head.end() - head.token() > 1 && RELATIONAL.contains(f.lower(head.end() - 1));
            if (head.sign() > 0 && RELATIONAL.contains(f.lower(head.token()))
                    && (helpOf ? negativeAfter(f, out, i) || harmObject(f, out, head.end() + 1)
                            : harmObject(f, out, head.end()))
                    || head.sign() > 0 && helpLast && harmObject(f, out, head.end() + (helpOf ? 1 : 0))) {
                out.set(i, head.flipped());
                continue;
            }
            if (!governs || head.topic() && !actedOn(head)) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                Evaluation e = out.get(j);
                if (!sameClause(f, head.end(), e.token()) || hasClausePunctuation(f, head.end(), e.token())) {
                    break;
                }
                out.set(j, e.withWeight(e.weight() * IN_COMPLEMENT));
            }
        }
        return out;
    }

    private static boolean negativeAfter(SentenceFeatures f, List<Evaluation> evaluations, int head) {
        for (int j = head + 1; j < evaluations.size(); j++) {
            Evaluation e = evaluations.get(j);
            if (!sameClause(f, evaluations.get(head).end(), e.token())
                    || hasClausePunctuation(f, evaluations.get(head).end(), e.token())) {
                return false;
            }
            if (e.sign() < 0 && !actedOn(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Iran continues to support terrorism", "sought to encourage Taliban attacks", "support for terrorist groups": a
     * harm as the object of help, starting at {@code from}, a few words on with no verb or preposition between.
     * Supporting a harm is unfavourable. The harm is a strong unfavourable term that ends the object or one of the
     * {@link #HARMS} named without judging them; a harm some remedy acts on ("support conflict prevention", "support
     * efforts to end the violence") is not.
     */
    private static boolean harmObject(SentenceFeatures f, List<Evaluation> evaluations, int from) {
        for (int k = from; k < Math.min(f.size(), from + OBJECT_REACH + 1); k++) {
            Evaluation e = startingAt(evaluations, k);
            String w = f.lower(k);
            if (e != null) {
                boolean strong = e.strength() >= 2 || e.end() - e.token() == 1 && HARMS.contains(w);
                return e.sign() < 0 && strong && !actedOn(e) && (HARMS.contains(w) || endsObject(f, e.end()));
            }
            if (HARMS.contains(w)) {
                return k + 1 >= f.size() || !REMEDIES.contains(f.lower(k + 1));
            }
            if (!f.tokens.get(k).isWord() || f.isBoundary(k) || VERBAL.contains(w) || GOVERNING.contains(w)
                    || NOT_IN_OBJECT.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the object ends before {@code k}: a judging word that a noun follows describes the thing helped
     * ("support oppressed peoples", "support damage assessments"), it is not the thing; a participle after it starts
     * what is said of the thing ("supporting the coup carried out by its surrogate").
     */
    private static boolean endsObject(SentenceFeatures f, int k) {
        if (k >= f.size() || !f.tokens.get(k).isWord() || f.isBoundary(k)) {
            return true;
        }
        String w = f.lower(k);
        return VERBAL.contains(w) || GOVERNING.contains(w) || NOT_IN_OBJECT.contains(w) || w.endsWith("ed");
    }

    private static Evaluation startingAt(List<Evaluation> evaluations, int token) {
        for (Evaluation e : evaluations) {
            if (e.token() == token) {
                return e;
            }
        }
        return null;
    }

    /** Whether a harm is the thing a remedy or a shifter acts on ("efforts to end the violence"), not one done. */
    private static boolean actedOn(Evaluation e) {
        return e.cues().stream().anyMatch(c -> c.kind() == CueKind.NEGATION && ACTED_ON.equals(c.label()));
    }

    private static boolean governs(SentenceFeatures f, Evaluation head) {
        for (int k = head.end(); k < Math.min(f.size(), head.end() + 2); k++) {
            if (GOVERNING.contains(f.lower(k))) {
                return true;
            }
            if (!f.tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasClausePunctuation(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = f.lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("(")) {
                return true;
            }
        }
        return false;
    }
}
