package dev.standpoint.index.answer;

import dev.standpoint.core.model.Polarity;
import java.util.List;

/**
 * A group of similar assessments, labelled by its most central sentence.
 *
 * @param polarity  the polarity its assessments share
 * @param label     the citation number of the most central sentence, quoted as the point's label
 * @param support   how many distinct assessments make the point
 * @param share     its share of all relevant assessments, 0–1
 * @param holders   who makes it
 * @param citations the citation numbers of all its assessments
 */
public record KeyPoint(Polarity polarity, int label, int support, double share, List<String> holders,
                       List<Integer> citations) {

    public KeyPoint {
        holders = List.copyOf(holders);
        citations = List.copyOf(citations);
    }
}
