package dev.standpoint.index.answer;

import dev.standpoint.core.model.Polarity;

/**
 * One side of a verdict.
 *
 * @param polarity    positive, negative or mixed
 * @param weight      the sum of its assessments' weights (intensity × certainty × relevance⁸; see {@link Weighing})
 * @param share       its share of all the weight, 0–1
 * @param assessments how many distinct assessments stand behind it
 * @param documents   from how many documents
 * @param holders     held by how many distinct holders
 */
public record VerdictSide(Polarity polarity, double weight, double share, int assessments, int documents, int holders) {
}
