package dev.standpoint.index.eval;

import java.util.Map;

/**
 * The scores {@code ANNOTATION.md} asks for, for one system or baseline.
 *
 * @param alignment          share of gold sentences the system found as one sentence
 * @param assessment         assessment detection
 * @param polarityAccuracy   over gold assessments
 * @param polarityMacroF1    over gold assessments, averaged over the polarity classes the gold assessments carry
 * @param polarityMacroF1All the same averaged over every label in gold or predictions (a missed assessment's
 *                           "neutral" then counts as a class of its own, with F1 0)
 * @param intensityAccuracy  over gold assessments
 * @param certaintyAccuracy  over gold assessments
 * @param holderAccuracy     over gold assessments
 * @param forecast           forecast detection over all gold sentences
 * @param conditions         condition strings (Jaccard ≥ 0.5 matches)
 * @param polarityConfusion  gold polarity → predicted polarity → count
 */
public record AssessmentScores(double alignment, Metrics.Prf assessment, double polarityAccuracy, double polarityMacroF1,
                               double polarityMacroF1All, double intensityAccuracy, double certaintyAccuracy, double holderAccuracy,
                               Metrics.Prf forecast, Metrics.Prf conditions,
                               Map<String, Map<String, Integer>> polarityConfusion) {
}
