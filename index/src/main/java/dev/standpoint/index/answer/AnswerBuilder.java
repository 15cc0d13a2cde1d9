package dev.standpoint.index.answer;

import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.Store;
import dev.standpoint.index.embed.Encoder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a question from the store: finds the relevant sentences, weighs the assessments among them into a
 * verdict, groups similar ones into key points, and lists the conditions and forecasts, every item cited to its
 * sentence. It writes no sentence of its own: what a reader sees is quotations, counts and labels.
 *
 * <p>Relevance: BM25 over the sentence and the question it answers, boosted by the entities, relationships,
 * holders and dates the question names; hits below a fraction of the best score are dropped. A sentence that
 * appears verbatim in several documents (the same statement in two transcripts) counts once.
 */
public final class AnswerBuilder {

    /** Tuning knobs, with the values used by default. */
    public record Settings(int candidates, double relativeCutoff, int maxAssessments, double clusterThreshold,
                           double majority, int questions, double inherit, double conditional, double askedHolder) {
        public static final Settings DEFAULT = new Settings(200, 0.45, 30, 0.2, 0.6, 5, 0.9, 0.5, 1.5);
    }

    private final Store store;
    private final QuestionAnalyser questions;
    private final Similarity similarity;
    private final Settings settings;
    private final Encoder encoder;

    /** An answer builder that retrieves by BM25 alone. */
    public AnswerBuilder(Store store, QuestionAnalyser questions, Similarity similarity, Settings settings) {
        this(store, questions, similarity, settings, null);
    }

    /**
     * An answer builder that embeds each question once with {@code encoder} (the encoder of the index's vectors)
     * for hybrid retrieval; {@code null} retrieves by BM25 alone.
     */
    public AnswerBuilder(Store store, QuestionAnalyser questions, Similarity similarity, Settings settings,
                         Encoder encoder) {
        this.store = store;
        this.questions = questions;
        this.similarity = similarity;
        this.settings = settings;
        this.encoder = encoder;
    }

    public Answer answer(String question, SearchFilter filter) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        QuestionAnalysis qa = questions.analyse(question);
        List<SentenceHit> relevant = relevant(search(qa, filter));
        List<SentenceHit> assessments = relevant.stream().filter(h -> h.sentence().isAssessment())
                .limit(settings.maxAssessments()).toList();
        float top = relevant.isEmpty() ? 1f : relevant.get(0).score();
        Citations citations = new Citations(h -> Math.min(1.0, h.score() / top),
                h -> h.sentence().isAssessment() ? weight(h, top, qa) : 0.0);
        List<KeyPoint> points = keyPoints(assessments, top, citations);
        Verdict verdict = verdict(assessments, top, qa);
        List<ConditionItem> conditions = conditions(assessments, citations);
        List<ForecastItem> forecasts = forecasts(relevant, citations);
        return new Answer(question, qa, verdict, points, conditions, forecasts, citations.list());
    }

    /**
     * The claims (assessments and forecasts) relevant to the question, best first. A claim that answers a question
     * in the document inherits that question's relevance: its score is the better of its own and its question's
     * (times {@link Settings#inherit}), plus a third of the other.
     */
    private List<SentenceHit> search(QuestionAnalysis qa, SearchFilter filter) {
        float[] vector = encoder == null ? null : encoder.embed(qa.question());
        List<SentenceHit> own = store.search(query(qa, filter, true, settings.candidates()).withVector(vector));
        List<SentenceHit> questionsAsked = store.search(query(qa, filter.withRoles(Set.of("QUESTION")), false,
                settings.questions()).withVector(vector));
        if (questionsAsked.isEmpty()) {
            return own;
        }
        Map<String, Float> inherited = new LinkedHashMap<>();
        float best = questionsAsked.get(0).score();
        for (SentenceHit q : questionsAsked) {
            if (q.score() >= best * settings.relativeCutoff()) {
                inherited.merge(pairOf(q), (float) (q.score() * settings.inherit()), Math::max);
            }
        }
        Map<String, SentenceHit> merged = new LinkedHashMap<>();
        own.forEach(h -> merged.put(h.id(), h));
        SentenceQuery answers = new SentenceQuery("", qa.entities(), qa.dyads(), new LinkedHashSet<>(qa.holderTerms()),
                Set.of(), Set.of(), false, true, filter.withQaPairs(inherited.keySet()), settings.candidates());
        for (SentenceHit h : store.search(answers)) {
            merged.putIfAbsent(h.id(), new SentenceHit(h.document(), h.sentence(), h.context(), 0f));
        }
        List<SentenceHit> out = new ArrayList<>();
        for (SentenceHit h : merged.values()) {
            Float q = inherited.get(pairOf(h));
            float score = q == null ? h.score() : Math.max(h.score(), q) + Math.min(h.score(), q) / 3f;
            out.add(new SentenceHit(h.document(), h.sentence(), h.context(), score));
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out;
    }

    private static SentenceQuery query(QuestionAnalysis qa, SearchFilter filter, boolean claims, int limit) {
        return new SentenceQuery(qa.searchText(), qa.entities(), qa.dyads(), new LinkedHashSet<>(qa.holderTerms()),
                qa.dates(), qa.months(), false, claims, filter, limit);
    }

    private static String pairOf(SentenceHit h) {
        return h.document().id() + "#" + h.sentence().sentence().qa();
    }

    /** Hits above the relative cut-off, near-duplicates dropped, questions and non-analysed sentences skipped. */
    private List<SentenceHit> relevant(List<SentenceHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        float cutoff = (float) (hits.get(0).score() * settings.relativeCutoff());
        Set<String> seen = new HashSet<>();
        List<SentenceHit> out = new ArrayList<>();
        for (SentenceHit h : hits) {
            Assessment a = h.sentence().assessment();
            if (h.score() < cutoff || a == null) {
                continue;
            }
            if (seen.add(TextNormaliser.forMatching(h.sentence().text()).toLowerCase(java.util.Locale.ROOT))) {
                out.add(h);
            }
        }
        return out;
    }

    /** How much an assessment counts: its relevance, but also how plainly it answers the question. */
    private double relevance(SentenceHit h, float top) {
        double r = Math.min(1.0, h.score() / top);
        return h.sentence().assessment().weight() * r * r;
    }

    /**
     * An assessment's weight in the verdict: intensity × certainty × relevance², halved when it depends on a
     * condition (it judges a hypothetical, not the thing as it is), and raised when its holder is the one the question
     * asks about ("How do U.S. experts assess…" → "U.S. officials had very little expectation…").
     */
    private double weight(SentenceHit h, float top, QuestionAnalysis qa) {
        Assessment a = h.sentence().assessment();
        double w = relevance(h, top);
        if (!a.conditions().isEmpty()) {
            w *= settings.conditional();
        }
        if (asksAbout(qa, a)) {
            w *= settings.askedHolder();
        }
        return w;
    }

    private static boolean asksAbout(QuestionAnalysis qa, Assessment a) {
        if (a.holder().entityId() != null && qa.holderIds().contains(a.holder().entityId())) {
            return true;
        }
        String holder = a.holder().name().toLowerCase(java.util.Locale.ROOT);
        for (String term : qa.holderTerms()) {
            String t = term.toLowerCase(java.util.Locale.ROOT);
            if (holder.equals(t) || holder.endsWith(" " + t) || t.endsWith(" " + holder)) {
                return true;
            }
        }
        return false;
    }

    private Verdict verdict(List<SentenceHit> assessments, float top, QuestionAnalysis qa) {
        Map<Polarity, Double> weights = new EnumMap<>(Polarity.class);
        Map<Polarity, List<SentenceHit>> bySide = new EnumMap<>(Polarity.class);
        double total = 0;
        for (SentenceHit h : assessments) {
            Polarity p = h.sentence().assessment().polarity();
            if (p == Polarity.NEUTRAL) {
                continue;
            }
            double w = weight(h, top, qa);
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
        return new Verdict(label(weights, total), sides, assessments.size(), documents(assessments), holders(assessments));
    }

    private Polarity label(Map<Polarity, Double> weights, double total) {
        if (total == 0) {
            return Polarity.NEUTRAL;
        }
        double mixed = weights.getOrDefault(Polarity.MIXED, 0.0) / 2;
        double pos = (weights.getOrDefault(Polarity.POSITIVE, 0.0) + mixed) / total;
        double neg = (weights.getOrDefault(Polarity.NEGATIVE, 0.0) + mixed) / total;
        if (pos >= settings.majority()) {
            return Polarity.POSITIVE;
        }
        return neg >= settings.majority() ? Polarity.NEGATIVE : Polarity.MIXED;
    }

    private static int documents(List<SentenceHit> hits) {
        return (int) hits.stream().map(h -> h.document().id()).distinct().count();
    }

    private static int holders(List<SentenceHit> hits) {
        return (int) hits.stream().map(h -> holderName(h).toLowerCase(java.util.Locale.ROOT)).distinct().count();
    }

    /** The holder as a reader would name it: the author's name for the author's own voice. */
    static String holderName(SentenceHit h) {
        Assessment a = h.sentence().assessment();
        return a == null ? h.document().byline() : a.holder().name();
    }

    private List<KeyPoint> keyPoints(List<SentenceHit> assessments, float top, Citations citations) {
        List<List<SentenceHit>> clusters = new ArrayList<>();
        for (SentenceHit h : assessments) {
            List<SentenceHit> home = null;
            for (List<SentenceHit> c : clusters) {
                if (samePolarity(c.get(0), h) && similarity.between(c.get(0).sentence().text(), h.sentence().text())
                        >= settings.clusterThreshold()) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(h);
        }
        clusters.sort((a, b) -> Double.compare(clusterWeight(b, top), clusterWeight(a, top)));
        int n = Math.max(1, assessments.size());
        List<KeyPoint> out = new ArrayList<>();
        for (List<SentenceHit> c : clusters) {
            SentenceHit centre = centre(c);
            int label = citations.cite(centre);
            List<Integer> all = new ArrayList<>();
            for (SentenceHit h : c) {
                all.add(citations.cite(h));
            }
            Set<String> holders = new LinkedHashSet<>();
            c.forEach(h -> holders.add(holderName(h)));
            out.add(new KeyPoint(centre.sentence().assessment().polarity(), label, c.size(), c.size() / (double) n,
                    new ArrayList<>(holders), all));
        }
        return out;
    }

    private static boolean samePolarity(SentenceHit a, SentenceHit b) {
        return a.sentence().assessment().polarity() == b.sentence().assessment().polarity();
    }

    private double clusterWeight(List<SentenceHit> c, float top) {
        return c.stream().mapToDouble(h -> relevance(h, top)).sum();
    }

    /** The member most similar to the others; the first (most relevant) on ties. */
    private SentenceHit centre(List<SentenceHit> c) {
        SentenceHit best = c.get(0);
        double bestScore = -1;
        for (SentenceHit h : c) {
            double s = 0;
            for (SentenceHit o : c) {
                s += h == o ? 0 : similarity.between(h.sentence().text(), o.sentence().text());
            }
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = h;
            }
        }
        return best;
    }

    private static List<ConditionItem> conditions(List<SentenceHit> assessments, Citations citations) {
        List<ConditionItem> out = new ArrayList<>();
        for (SentenceHit h : assessments) {
            AnalysedSentence s = h.sentence();
            for (Condition c : s.assessment().conditions()) {
                String text = conditionText(h, c);
                out.add(new ConditionItem(text, holderName(h), citations.cite(h)));
            }
        }
        return out;
    }

    static String conditionText(SentenceHit h, Condition c) {
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
            out.add(new ForecastItem(holderName(h), a.likelihood(), a.probability(), conditions,
                    h.document().published(), citations.cite(h)));
        }
        return out;
    }

    /** Numbers cited sentences in order of first use. */
    private static final class Citations {
        private final Map<String, Citation> byId = new LinkedHashMap<>();
        private final java.util.function.ToDoubleFunction<SentenceHit> relevance;
        private final java.util.function.ToDoubleFunction<SentenceHit> weight;

        Citations(java.util.function.ToDoubleFunction<SentenceHit> relevance,
                  java.util.function.ToDoubleFunction<SentenceHit> weight) {
            this.relevance = relevance;
            this.weight = weight;
        }

        int cite(SentenceHit h) {
            Citation c = byId.get(h.id());
            if (c == null) {
                AnalysedSentence s = h.sentence();
                c = new Citation(byId.size() + 1, h.document().id(), h.document().title(), h.document().byline(),
                        holderName(h), h.document().published(), s.sentence().index(), s.sentence().span().start(),
                        s.sentence().span().end(), s.displayText(), h.context(), relevance.applyAsDouble(h),
                        weight.applyAsDouble(h));
                byId.put(h.id(), c);
            }
            return c.number();
        }

        List<Citation> list() {
            return new ArrayList<>(byId.values());
        }
    }
}
