package dev.standpoint.index.eval.external;

import dev.standpoint.core.model.Polarity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IBM Debater Claim Stance (Bar-Haim et al., EACL 2017): claims with their stance, PRO or CON, toward a debate topic.
 * The topic comes with its target and the topic's sentiment toward it ({@code +1} "should be supported", {@code -1}
 * "should be banned"); that much is input of the task. The claim-side annotations (claim target, the claim's
 * sentiment toward it, the relation of the two targets) are gold answers to sub-tasks: the system never sees them,
 * only the oracle rows do.
 *
 * <p>Our mapping: the analyser reads the claim sentence; its polarity (positive {@code +1}, negative {@code -1})
 * stands for the claim's sentiment toward the claim target, the two targets are assumed consistent ({@code +1}, true
 * of 80 % of claims in the data), and stance = topic sentiment × claim polarity: PRO when positive. A claim the
 * analyser finds neutral or mixed (no decision) gets the majority stance of the train split.
 */
public final class ClaimStance {

    /**
     * One claim with its topic.
     *
     * @param claimSentiment  gold sentiment of the claim toward its target ({@code +1}, {@code -1}, or 0 when the
     *                        annotators found the claim incompatible with the model)
     * @param targetsRelation gold relation between claim target and topic target ({@code +1} consistent,
     *                        {@code -1} contrastive, 0 when incompatible)
     */
    public record Item(String claimId, String topicId, String split, String topic, String topicTarget,
                       int topicSentiment, String claim, String claimTarget, boolean pro, int claimSentiment,
                       int targetsRelation) {
    }

    /** A claim with what the analyser made of it. */
    public record Outcome(Item item, Polarity polarity, boolean decided, boolean predictedPro, List<String> cues) {
    }

    /**
     * @param claims           claims scored
     * @param fallback         the stance given when the analyser decides nothing (the train split's majority)
     * @param system           stance accuracy and macro-F1 over PRO/CON, every claim (fallback included)
     * @param coverage         share of claims the analyser decided (polarity positive or negative)
     * @param decided          stance over the decided claims only
     * @param majority         every claim {@code fallback}
     * @param topicOnly        every claim assumed positive toward its target: stance = topic sentiment alone
     * @param claimSentiment   our polarity against the gold claim sentiment, over claims that have one and that
     *                         we decided: the polarity-toward-target part of the task on its own
     * @param oracleSentiment  gold claim sentiment in place of ours, relation still assumed {@code +1}: the ceiling
     *                         of this mapping with a perfect polarity reader
     * @param oracleRelation   our polarity with the gold targets relation: what assuming {@code +1} costs
     * @param outcomes         every claim, for error listings
     */
    public record Result(int claims, String fallback, Scores.Labels system, double coverage, Scores.Labels decided,
                         Scores.Labels majority, Scores.Labels topicOnly, Scores.Labels claimSentiment,
                         Scores.Labels oracleSentiment, Scores.Labels oracleRelation, List<Outcome> outcomes) {
    }

    static final List<String> STANCES = List.of("PRO", "CON");
    static final List<String> SIGNS = List.of("+1", "-1");

    private ClaimStance() {
    }

    public static List<Item> read(Path csv) {
        List<Item> out = new ArrayList<>();
        for (Map<String, String> r : Csv.readWithHeader(csv)) {
            String stance = r.get("claims.stance").strip();
            if (!stance.equals("PRO") && !stance.equals("CON")) {
                throw new IllegalArgumentException(csv + ": claim " + r.get("claims.claimId") + " has stance '" + stance
                        + "'; expected PRO or CON");
            }
            out.add(new Item(r.get("claims.claimId"), r.get("topicId"), r.get("split").strip(), r.get("topicText"),
                    r.get("topicTarget"), sign(r.get("topicSentiment")), r.get("claims.claimCorrectedText").strip(),
                    r.get("claims.claimTarget.text"), stance.equals("PRO"), sign(r.get("claims.claimSentiment")),
                    sign(r.get("claims.targetsRelation"))));
        }
        return out;
    }

    private static int sign(String s) {
        String v = s == null ? "" : s.strip();
        return v.isEmpty() ? 0 : Integer.signum((int) Double.parseDouble(v));
    }

    /** The items of one split, in file order. */
    public static List<Item> split(List<Item> items, String split) {
        return items.stream().filter(i -> i.split().equals(split)).toList();
    }

    /**
     * @param test  the claims to score
     * @param train the claims whose majority stance is the fallback (never scored)
     */
    public static Result evaluate(List<Item> test, List<Item> train, SegmentedAnalysis analysis) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("the train split is empty; it gives the fallback stance");
        }
        String fallback = Scores.majority(train.stream().map(ClaimStance::stance).toList());
        List<Outcome> outcomes = test.parallelStream().map(i -> outcome(i, analysis, fallback)).toList();
        List<String> gold = test.stream().map(ClaimStance::stance).toList();
        List<String> predicted = outcomes.stream().map(o -> o.predictedPro() ? "PRO" : "CON").toList();
        List<Outcome> decided = outcomes.stream().filter(Outcome::decided).toList();
        List<Outcome> withSentiment = decided.stream().filter(o -> o.item().claimSentiment() != 0).toList();
        return new Result(test.size(), fallback, Scores.Labels.of(gold, predicted, STANCES),
                test.isEmpty() ? 0 : decided.size() / (double) test.size(),
                Scores.Labels.of(decided.stream().map(o -> stance(o.item())).toList(),
                        decided.stream().map(o -> o.predictedPro() ? "PRO" : "CON").toList(), STANCES),
                Scores.Labels.constant(gold, fallback, STANCES),
                Scores.Labels.of(gold, test.stream().map(i -> i.topicSentiment() > 0 ? "PRO" : "CON").toList(), STANCES),
                Scores.Labels.of(withSentiment.stream().map(o -> label(o.item().claimSentiment())).toList(),
                        withSentiment.stream().map(o -> label(sign(o.polarity()))).toList(), SIGNS),
                oracle(test, outcomes, true, fallback), oracle(test, outcomes, false, fallback), outcomes);
    }

    private static Outcome outcome(Item i, SegmentedAnalysis analysis, String fallback) {
        Reading r = analysis.sentence(i.claimId(), i.claim());
        int polarity = sign(r.polarity());
        boolean pro = polarity == 0 ? fallback.equals("PRO") : i.topicSentiment() * polarity > 0;
        return new Outcome(i, r.polarity(), polarity != 0, pro, r.cues());
    }

    /** Stance with one sub-task answered from gold: the claim's sentiment, or the relation of the targets. */
    private static Scores.Labels oracle(List<Item> test, List<Outcome> outcomes, boolean goldSentiment, String fallback) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int k = 0; k < test.size(); k++) {
            Item i = test.get(k);
            int sentiment = goldSentiment ? i.claimSentiment() : sign(outcomes.get(k).polarity());
            int relation = goldSentiment ? 1 : i.targetsRelation() == 0 ? 1 : i.targetsRelation();
            int s = i.topicSentiment() * sentiment * relation;
            gold.add(stance(i));
            predicted.add(s == 0 ? fallback : s > 0 ? "PRO" : "CON");
        }
        return Scores.Labels.of(gold, predicted, STANCES);
    }

    static String stance(Item i) {
        return i.pro() ? "PRO" : "CON";
    }

    private static int sign(Polarity p) {
        return p == Polarity.POSITIVE ? 1 : p == Polarity.NEGATIVE ? -1 : 0;
    }

    private static String label(int sign) {
        return sign > 0 ? "+1" : "-1";
    }
}
