package dev.standpoint.core.model;

import java.util.List;

/**
 * A sentence with everything analysis found in it.
 *
 * @param sentence   where it stands and what role it has
 * @param text       the sentence text exactly as in the document
 * @param mentions   the entities it names
 * @param dyads      the relationships it speaks of
 * @param assessment the assessment analysis, or {@code null} for sentences that are not analysed (boilerplate,
 *                   titles, bylines)
 */
public record AnalysedSentence(
        Sentence sentence, String text, List<Mention> mentions, List<Dyad> dyads, Assessment assessment) {

    public AnalysedSentence {
        if (sentence == null || text == null) {
            throw new IllegalArgumentException("sentence and text are required");
        }
        if (text.length() != sentence.span().length()) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span "
                    + sentence.span());
        }
        mentions = List.copyOf(mentions);
        dyads = List.copyOf(dyads);
    }

    public boolean isAssessment() {
        return assessment != null && assessment.assessment();
    }

    /** The text with runs of white space (line breaks in wrapped sources) collapsed to one space. */
    public String displayText() {
        return TextNormaliser.collapseWhitespace(text);
    }
}
