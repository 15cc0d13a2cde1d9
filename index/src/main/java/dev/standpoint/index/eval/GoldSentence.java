package dev.standpoint.index.eval;

import java.util.List;

/**
 * One labelled sentence of a gold file, in the format of {@code ANNOTATION.md}.
 *
 * @param doc        the document's path relative to the gold root
 * @param text       the sentence as in the document
 * @param assessment whether it is an assessment
 * @param holder     {@code author} or a name
 * @param polarity   positive, negative, mixed or neutral
 * @param intensity  low, medium or high
 * @param certainty  certain, probable or possible
 * @param forecast   whether it predicts
 * @param conditions the conditions it states, as substrings
 * @param targets    canonical names of what it is about (optional)
 */
public record GoldSentence(String doc, String text, boolean assessment, String holder, String polarity,
                           String intensity, String certainty, boolean forecast, List<String> conditions,
                           List<String> targets) {

    public GoldSentence {
        if (doc == null || text == null) {
            throw new IllegalArgumentException("a gold line needs doc and text");
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        targets = targets == null ? List.of() : List.copyOf(targets);
        holder = holder == null ? "author" : holder;
        polarity = polarity == null ? "neutral" : polarity;
        intensity = intensity == null ? "low" : intensity;
        certainty = certainty == null ? "certain" : certainty;
    }
}
