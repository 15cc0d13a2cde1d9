package dev.standpoint.core.assess;

import dev.standpoint.core.assess.Lexicon.Kind;
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

    private static final int NEGATION_WINDOW = 3;
    private static final int INTENSIFIER_WINDOW = 2;
    private static final double IN_CONDITION = 0.5;
    private static final double MIXED_RATIO = 0.5;
    private static final Set<String> NOUN_WILL_BEFORE = Set.of("political", "the", "good", "free", "ill", "own",
            "popular", "their", "his", "her", "its", "our", "my", "your", "people's", "collective", "strong",
            "sovereign", "national", "a");
    private static final Set<String> VERBAL = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "remains",
            "remain", "seems", "seem", "looks", "look", "becomes", "become");
    private static final Set<String> PAST_REPORTING = Set.of("thought", "believed", "said", "expected", "seemed",
            "hoped", "feared", "assumed", "was", "were", "had");

    private final Lexicon lexicon;
    private final HolderFinder holders;
    private final KnowledgeBase kb;

    public RuleBasedExtractor(KnowledgeBase kb) {
        this(kb, Lexicon.shipped());
    }

    public RuleBasedExtractor(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.holders = new HolderFinder(kb);
    }

    @Override
    public String describe() {
        return "rules-v1 (lexicon " + lexicon.size() + " entries)";
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
        List<Evaluation> evaluations = formula ? List.of() : evaluations(f);
        evaluations.forEach(e -> cues.addAll(e.cues()));
        Match deontic = formula ? null : first(f, Kind.DEONTIC, true);
        Match stance = stance(f);
        boolean forecast = !formula && forecast(f, cues);
        Certainty certainty = certainty(f, cues);
        boolean assessment = !formula && (weightOf(evaluations) >= 1.0 || deontic != null
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
        Polarity polarity = polarity(f, evaluations, deontic);
        Intensity intensity = intensity(evaluations, polarity);
        return new Assessment(true, holder.holder(), targets, polarity, intensity, certainty,
                likelihood(f, certainty), forecast, conditions, cues);
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

    // ---- evaluations -------------------------------------------------------------------------------------------

    private List<Evaluation> evaluations(SentenceFeatures f) {
        List<Evaluation> out = new ArrayList<>();
        for (Match m : f.matches(Kind.EVALUATIVE)) {
            int sign = m.value().equals("+") ? 1 : -1;
            out.add(evaluate(f, m, sign, m.entry().strength(), false));
        }
        for (Match m : f.matches(Kind.PROSPECT)) {
            Evaluation e = evaluate(f, m, 1, 1, true);
            if (e != null && e.sign() < 0) {
                out.add(e);
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private Evaluation evaluate(SentenceFeatures f, Match m, int sign, int strength, boolean prospect) {
        List<Cue> cues = new ArrayList<>();
        int negator = negatorBefore(f, m.from());
        int delta = intensifierBefore(f, m.from(), cues);
        boolean negated = negator >= 0;
        if (prospect && !negated) {
            return null;
        }
        int s = strength;
        if (negated) {
            cues.add(new Cue(f.span(negator, negator + 1), CueKind.NEGATION, "negation"));
            sign = -sign;
            boolean never = f.lower(negator).equals("never");
            s = prospect ? 2 : never ? 3 : Math.max(1, strength - 1);
        }
        s = Math.max(1, Math.min(3, s + delta));
        double weight = f.inCondition(m.from()) ? IN_CONDITION : 1.0;
        String label = (sign > 0 ? "positive" : "negative");
        cues.add(0, new Cue(f.span(m), CueKind.EVALUATION, label));
        cues.add(new Cue(f.span(m), CueKind.POLARITY, label + ":" + s));
        return new Evaluation(m.from(), sign, s, weight, f.span(m), cues);
    }

    /** The index of a negator in the same clause within a few tokens before {@code i}, or -1. */
    private int negatorBefore(SentenceFeatures f, int i) {
        for (int k = i - 1; k >= Math.max(0, i - NEGATION_WINDOW); k--) {
            if (f.isBoundary(k)) {
                return -1;
            }
            if (f.isNegator(k) || isNegatorWord(f, k, i)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNegatorWord(SentenceFeatures f, int k, int target) {
        for (Match n : f.matches(Kind.NEGATOR)) {
            if (n.from() <= k && k < n.to()) {
                if (n.value().equals("shift")) {
                    return appliesToObject(f, n.to(), target);
                }
                String w = f.lower(n.from());
                boolean diminisher = w.equals("little") || w.equals("few");
                return !(diminisher && n.from() > 0 && f.lower(n.from() - 1).equals("a"));
            }
        }
        return false;
    }

    /** A shifter ("reduce", "loss of") flips what follows it as its object, not what follows a verb after it. */
    private static boolean appliesToObject(SentenceFeatures f, int from, int target) {
        for (int k = from; k < target; k++) {
            if (VERBAL.contains(f.lower(k))) {
                return false;
            }
        }
        return target - from <= 2;
    }

    private static int intensifierBefore(SentenceFeatures f, int i, List<Cue> cues) {
        int delta = 0;
        for (Match m : f.matches(Kind.INTENSIFIER)) {
            if (m.to() <= i && i - m.to() < INTENSIFIER_WINDOW && !crossesBoundary(f, m.to(), i)
                    && !clauseInitialSo(f, m)) {
                delta += m.entry().strength();
                cues.add(new Cue(f.span(m), CueKind.INTENSITY, m.entry().strength() > 0 ? "stronger" : "weaker"));
            }
        }
        return Math.max(-1, Math.min(2, delta));
    }

    /** "So a stalemate seems likely": a clause-initial "so" is a connective, not an intensifier. */
    private static boolean clauseInitialSo(SentenceFeatures f, Match m) {
        return f.lower(m.from()).equals("so") && (m.from() == 0 || !f.tokens.get(m.from() - 1).isWord()
                || f.lower(m.from() - 1).equals("and") || f.lower(m.from() - 1).equals("but"));
    }

    private static boolean crossesBoundary(SentenceFeatures f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!f.tokens.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static double weightOf(List<Evaluation> evaluations) {
        double w = 0;
        for (Evaluation e : evaluations) {
            w += e.strength() * e.weight();
        }
        return w;
    }

    // ---- polarity and intensity --------------------------------------------------------------------------------

    private static Polarity polarity(SentenceFeatures f, List<Evaluation> evaluations, Match deontic) {
        double pos = 0;
        double neg = 0;
        Evaluation strongestPos = null;
        Evaluation strongestNeg = null;
        for (Evaluation e : evaluations) {
            if (e.sign() > 0) {
                pos += e.strength() * e.weight();
                strongestPos = strongestPos == null || e.strength() > strongestPos.strength() ? e : strongestPos;
            } else {
                neg += e.strength() * e.weight();
                strongestNeg = strongestNeg == null || e.strength() > strongestNeg.strength() ? e : strongestNeg;
            }
        }
        if (pos == 0 && neg == 0) {
            return deontic != null && deontic.value().equals("-") ? Polarity.NEGATIVE : Polarity.POSITIVE;
        }
        if (pos > 0 && neg > 0 && Math.min(pos, neg) / Math.max(pos, neg) >= MIXED_RATIO
                && f.contrastBetween(strongestPos.token(), strongestNeg.token())) {
            return Polarity.MIXED;
        }
        if (pos == neg) {
            return afterContrast(f, strongestPos, strongestNeg);
        }
        return pos > neg ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }

    /** On a tie, the side after "but" wins; failing that, the later one. */
    private static Polarity afterContrast(SentenceFeatures f, Evaluation pos, Evaluation neg) {
        return pos.token() > neg.token() ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }

    private static Intensity intensity(List<Evaluation> evaluations, Polarity polarity) {
        int max = 0;
        for (Evaluation e : evaluations) {
            boolean side = polarity == Polarity.MIXED || polarity == Polarity.POSITIVE && e.sign() > 0
                    || polarity == Polarity.NEGATIVE && e.sign() < 0;
            if (side && e.weight() >= 1.0) {
                max = Math.max(max, e.strength());
            }
        }
        if (max == 0) {
            for (Evaluation e : evaluations) {
                max = Math.max(max, e.strength());
            }
        }
        return switch (max) {
            case 1 -> Intensity.LOW;
            case 3 -> Intensity.HIGH;
            default -> Intensity.MEDIUM;
        };
    }

    // ---- certainty, likelihood, forecast -----------------------------------------------------------------------

    /** An epistemic stance marker that makes a sentence an assessment ("I think", "likely", "perhaps"). */
    private static Match stance(SentenceFeatures f) {
        for (Match m : f.matches(Kind.CERTAINTY)) {
            String w = f.lower(m.from());
            boolean weakModal = m.to() - m.from() == 1 && Set.of("would", "indeed", "may", "expected", "believed",
                    "thought", "seemed", "appeared").contains(w);
            if (!weakModal && !f.inCondition(m.from()) && isModalUse(f, m)) {
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

    /** "may" as a modal, not the month; "could" and "would" before a verb-like word. */
    private static boolean isModalUse(SentenceFeatures f, Match m) {
        String w = f.lower(m.from());
        if (w.equals("may")) {
            return !f.tokens.get(m.from()).isCapitalised() || m.from() == 0;
        }
        if (w.equals("would") && m.to() < f.size()) {
            String next = f.lower(m.to());
            return !next.equals("like") && !next.equals("love");
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
            if (f.inCondition(m.from()) || !isFutureUse(f, m) || pastReportedBefore(f, m.from())) {
                continue;
            }
            cues.add(new Cue(f.span(m), CueKind.FORECAST, m.value()));
            return true;
        }
        for (int i = 0; i < f.size(); i++) {
            String w = f.lower(i);
            if ((w.endsWith("'ll") || w.equals("won't")) && !f.inCondition(i)) {
                cues.add(new Cue(f.span(i, i + 1), CueKind.FORECAST, "future"));
                return true;
            }
        }
        return false;
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
