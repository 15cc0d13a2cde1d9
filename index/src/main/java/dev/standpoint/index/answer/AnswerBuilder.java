package dev.standpoint.index.answer;

import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers a question from the store: the relevant claims ({@link ClaimRetriever}) weighed into a verdict
 * ({@link Weighing}), similar assessments grouped into key points, and the conditions and forecasts, every item
 * cited to its sentence. It writes no sentence of its own: what a reader sees is quotations, counts and labels.
 */
public final class AnswerBuilder {

    private final QuestionAnalyser questions;
    private final ClaimRetriever retriever;
    private final Weighing weighing;
    private final Similarity similarity;
    private final AnswerSettings settings;

    public AnswerBuilder(QuestionAnalyser questions, ClaimRetriever retriever, Similarity similarity,
                         AnswerSettings settings) {
        this.questions = questions;
        this.retriever = retriever;
        this.weighing = new Weighing(settings);
        this.similarity = similarity;
        this.settings = settings;
    }

    public Answer answer(String question, SearchFilter filter) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        QuestionAnalysis qa = questions.analyse(question);
        ClaimRetriever.Claims claims = retriever.find(qa, filter);
        List<SentenceHit> assessments = claims.hits().stream().filter(h -> h.sentence().isAssessment())
                .limit(settings.maxAssessments()).toList();
        Citations citations = new Citations(claims::relevance,
                h -> h.sentence().isAssessment() ? weighing.weight(h, claims, qa) : 0.0);
        List<KeyPoint> points = keyPoints(assessments, claims, citations, qa);
        Verdict verdict = weighing.verdict(assessments, claims, qa);
        List<ConditionItem> conditions = conditions(assessments, citations);
        List<ForecastItem> forecasts = forecasts(claims.hits(), citations);
        return new Answer(question, qa, verdict, points, conditions, forecasts, citations.list());
    }

    /**
     * Key points: each assessment joins the group of its polarity whose members it is on average most similar to,
     * if that average reaches the measure's threshold, else starts a group; groups are ranked by their weight and
     * labelled by their most central member. The polarity is the one on what the question asks about
     * ({@link Weighing#toward}).
     */
    private List<KeyPoint> keyPoints(List<SentenceHit> assessments, ClaimRetriever.Claims claims, Citations citations,
                                     QuestionAnalysis qa) {
        Similarity.Pairwise sim = similarity.compare(assessments);
        List<Polarity> sides = assessments.stream().map(h -> Weighing.toward(h, qa)).toList();
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            List<Integer> home = null;
            double best = sim.threshold();
            for (List<Integer> c : clusters) {
                if (sides.get(c.get(0)) != sides.get(i)) {
                    continue;
                }
                double mean = 0;
                for (int j : c) {
                    mean += sim.values()[i][j];
                }
                mean /= c.size();
                if (mean >= best) {
                    best = mean;
                    home = c;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(i);
        }
        clusters.sort((a, b) -> Double.compare(weightOf(b, assessments, claims), weightOf(a, assessments, claims)));
        int n = Math.max(1, assessments.size());
        List<KeyPoint> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            int middle = centre(c, sim);
            SentenceHit centre = assessments.get(middle);
            int label = citations.cite(centre);
            List<Integer> all = new ArrayList<>();
            Set<String> holders = new LinkedHashSet<>();
            for (int i : c) {
                all.add(citations.cite(assessments.get(i)));
                holders.add(Weighing.holderName(assessments.get(i)));
            }
            out.add(new KeyPoint(sides.get(middle), label, c.size(), c.size() / (double) n,
                    new ArrayList<>(holders), all));
        }
        return out;
    }

    private double weightOf(List<Integer> c, List<SentenceHit> assessments, ClaimRetriever.Claims claims) {
        return c.stream().mapToDouble(i -> weighing.base(assessments.get(i), claims)).sum();
    }

    /** The member most similar to the others; the first (most relevant) on ties. */
    private static int centre(List<Integer> c, Similarity.Pairwise sim) {
        int best = c.get(0);
        double bestScore = -Double.MAX_VALUE;
        for (int i : c) {
            double s = 0;
            for (int j : c) {
                s += i == j ? 0 : sim.values()[i][j];
            }
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    private static List<ConditionItem> conditions(List<SentenceHit> assessments, Citations citations) {
        List<ConditionItem> out = new ArrayList<>();
        for (SentenceHit h : assessments) {
            for (Condition c : h.sentence().assessment().conditions()) {
                out.add(new ConditionItem(conditionText(h, c), Weighing.holderName(h), citations.cite(h)));
            }
        }
        return out;
    }

    /** A condition's text, quoted from its sentence. */
    public static String conditionText(SentenceHit h, Condition c) {
        int offset = h.sentence().sentence().span().start();
        return TextNormaliser.collapseWhitespace(
                h.sentence().text().substring(c.span().start() - offset, c.span().end() - offset));
    }

    private static List<ForecastItem> forecasts(List<SentenceHit> relevant, Citations citations) {
        List<ForecastItem> out = new ArrayList<>();
        for (SentenceHit h : relevant) {
            Assessment a = h.sentence().assessment();
            if (!a.forecast()) {
                continue;
            }
            List<String> conditions = a.conditions().stream().map(c -> conditionText(h, c)).toList();
            out.add(new ForecastItem(Weighing.holderName(h), a.likelihood(), a.probability(), conditions,
                    h.document().published(), citations.cite(h)));
        }
        return out;
    }
}
