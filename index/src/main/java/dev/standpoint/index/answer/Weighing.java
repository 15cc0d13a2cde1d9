package dev.standpoint.index.answer;

import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.HolderNames;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.SentenceHit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much each assessment counts, and how a set of assessments divides into a verdict. An assessment's weight is
 * intensity × certainty × relevance raised to a high power ({@link AnswerSettings#relevancePower()}: the verdict is
 * the view of the claims that answer the question most directly, not of everything in the documents found), halved
 * when it depends on a condition (it judges a hypothetical, not the
 * thing as it is), and raised when its holder is the one the question asks about ("How do U.S. experts assess…" →
 * "U.S. officials had very little expectation…"). When the question asks for someone's view and enough of their
 * assessments are found, the verdict is theirs: the author's own view beside the experts he reports does not dilute
 * what the experts think. Two claims that make one two-sided judgement across a sentence boundary ({@link Contrast}:
 * "… consequences when actions warrant. At the same time, there are areas where we can work together.") count as
 * mixed, as one sentence saying both would. A sentence whose words attached to the very thing asked about judge it
 * ({@link TargetJudgement}: "pleased that … did not acquiesce to the United States' unilateral and illegal
 * withdrawal", asked about the withdrawal) counts by those words. When the two-sided assessments weigh more than
 * either side, the verdict is mixed; otherwise a side needs a majority of the weight (mixed counting half to each
 * side) to win, and without one the verdict is mixed. Whether the claims that answer most directly disagree
 * (favourable and unfavourable ones, or a two-sided one, among those within {@link AnswerSettings#agreement()} of the
 * best judging claim's relevance) is reported beside the verdict as a caution; it does not decide it (see
 * {@link Verdict#divided()}).
 */
public final class Weighing {

    private final AnswerSettings settings;

    public Weighing(AnswerSettings settings) {
        this.settings = settings;
    }

    /** The weight of an assessment before the question is considered: intensity × certainty × relevance^power. */
    public double base(SentenceHit h, ClaimRetriever.Claims claims) {
        double r = claims.relevance(h);
        return h.sentence().assessment().weight() * Math.pow(r, settings.relevancePower());
    }

    public double weight(SentenceHit h, ClaimRetriever.Claims claims, QuestionAnalysis qa) {
        Assessment a = h.sentence().assessment();
        double w = base(h, claims);
        if (!a.conditions().isEmpty()) {
            w *= settings.conditional();
        }
        if (asksAbout(qa, h)) {
            w *= settings.askedHolder();
        }
        return w;
    }

    /**
     * An assessment's polarity on what the question asks about: that of the words attached to it when there are
     * such words, or of the concession that names it while the main clause states the holder's own course (the
     * holder's entity or, for the author's voice, the document's state: {@link TargetJudgement}), else the
     * sentence's.
     */
    static Polarity toward(SentenceHit h, QuestionAnalysis qa) {
        Set<String> self = new HashSet<>();
        if (h.sentence().assessment().holder().entityId() != null) {
            self.add(h.sentence().assessment().holder().entityId());
        }
        if (h.document().country() != null) {
            self.add(h.document().country());
        }
        Polarity toward = TargetJudgement.of(h.sentence(), qa, self);
        return toward != null ? toward : h.sentence().assessment().polarity();
    }

    static boolean asksAbout(QuestionAnalysis qa, SentenceHit h) {
        Assessment a = h.sentence().assessment();
        if (a.holder().entityId() != null && qa.holderIds().contains(a.holder().entityId())) {
            return true;
        }
        if (a.holder().kind() == dev.standpoint.core.model.HolderKind.AUTHOR && h.document().country() != null
                && qa.holderIds().contains(h.document().country())) {
            return true;
        }
        return qa.holderTerms().stream().anyMatch(term -> HolderNames.sameGroup(a.holder().name(), term));
    }

    public Verdict verdict(List<SentenceHit> assessments, ClaimRetriever.Claims claims, QuestionAnalysis qa) {
        List<SentenceHit> asked = assessments.stream()
                .filter(h -> h.sentence().assessment().polarity() != Polarity.NEUTRAL && asksAbout(qa, h)).toList();
        double best = bestJudging(assessments, claims);
        if (asked.size() >= settings.askedQuorum()) {
            List<String> names = asked.stream().map(Weighing::holderName).distinct().toList();
            return divide(asked, claims, qa, names, best);
        }
        return divide(assessments, claims, qa, List.of(), best);
    }

    /** How these assessments divide, every holder counting (a comparison's group is already one kind of holder). */
    public Verdict divide(List<SentenceHit> assessments, ClaimRetriever.Claims claims, QuestionAnalysis qa) {
        return divide(assessments, claims, qa, List.of(), bestJudging(assessments, claims));
    }

    /**
     * The best relevance among the assessments that judge one way or another: a neutral claim that matches the
     * question best (a plan, a forecast) sets no bar for the claims that judge.
     */
    private static double bestJudging(List<SentenceHit> assessments, ClaimRetriever.Claims claims) {
        return assessments.stream().filter(h -> h.sentence().assessment().polarity() != Polarity.NEUTRAL)
                .mapToDouble(claims::relevance).max().orElse(1.0);
    }

    private Verdict divide(List<SentenceHit> assessments, ClaimRetriever.Claims claims, QuestionAnalysis qa,
                           List<String> heldBy, double best) {
        Map<Polarity, Double> weights = new EnumMap<>(Polarity.class);
        Map<Polarity, List<SentenceHit>> bySide = new EnumMap<>(Polarity.class);
        double total = 0;
        Set<String> paired = Contrast.paired(assessments);
        int pairedCounted = 0;
        int targeted = 0;
        Map<Polarity, Double> closest = new EnumMap<>(Polarity.class);
        for (SentenceHit h : assessments) {
            Polarity own = h.sentence().assessment().polarity();
            if (own == Polarity.NEUTRAL) {
                continue;
            }
            Polarity p = toward(h, qa);
            if (p != own) {
                targeted++;
            } else if (paired.contains(h.id())) {
                p = Polarity.MIXED;
                pairedCounted++;
            }
            double w = weight(h, claims, qa);
            closest.merge(p, claims.relevance(h), Math::max);
            weights.merge(p, w, Double::sum);
            bySide.computeIfAbsent(p, k -> new ArrayList<>()).add(h);
            total += w;
        }
        List<VerdictSide> sides = new ArrayList<>();
        for (Polarity p : List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.MIXED)) {
            List<SentenceHit> side = bySide.getOrDefault(p, List.of());
            double w = weights.getOrDefault(p, 0.0);
            sides.add(new VerdictSide(p, w, total == 0 ? 0 : w / total, side.size(), documents(side), holders(side)));
        }
        return new Verdict(label(weights, total), sides, assessments.size(), documents(assessments),
                holders(assessments), heldBy, pairedCounted, targeted, directAnswersDisagree(closest, best));
    }

    /**
     * Whether the claims that answer most directly disagree: among the assessments counted, a two-sided one or
     * favourable and unfavourable ones both whose relevance is at least {@link AnswerSettings#agreement()} of
     * {@code best}, the best relevance among all the judging assessments found (the holder asked about may have
     * no direct answer at all). {@code closest} holds each side's best relevance.
     */
    boolean directAnswersDisagree(Map<Polarity, Double> closest, double best) {
        double near = settings.agreement() * best;
        boolean twoSided = closest.getOrDefault(Polarity.MIXED, 0.0) >= near;
        boolean both = closest.getOrDefault(Polarity.POSITIVE, 0.0) >= near
                && closest.getOrDefault(Polarity.NEGATIVE, 0.0) >= near;
        return twoSided || both;
    }

    /** The verdict of these weights by side, {@code total} their sum. */
    Polarity label(Map<Polarity, Double> weights, double total) {
        if (total == 0) {
            return Polarity.NEUTRAL;
        }
        double twoSided = weights.getOrDefault(Polarity.MIXED, 0.0);
        if (twoSided > weights.getOrDefault(Polarity.POSITIVE, 0.0)
                && twoSided > weights.getOrDefault(Polarity.NEGATIVE, 0.0)) {
            return Polarity.MIXED;
        }
        double mixed = twoSided / 2;
        double pos = (weights.getOrDefault(Polarity.POSITIVE, 0.0) + mixed) / total;
        double neg = (weights.getOrDefault(Polarity.NEGATIVE, 0.0) + mixed) / total;
        if (pos >= settings.majority()) {
            return Polarity.POSITIVE;
        }
        return neg >= settings.majority() ? Polarity.NEGATIVE : Polarity.MIXED;
    }

    static int documents(List<SentenceHit> hits) {
        return (int) hits.stream().map(h -> h.document().id()).distinct().count();
    }

    static int holders(List<SentenceHit> hits) {
        return (int) hits.stream().map(h -> holderName(h).toLowerCase(Locale.ROOT)).distinct().count();
    }

    /** The holder as a reader would name it: the author's name for the author's own voice. */
    public static String holderName(SentenceHit h) {
        Assessment a = h.sentence().assessment();
        return a == null ? h.document().byline() : a.holder().name();
    }
}
