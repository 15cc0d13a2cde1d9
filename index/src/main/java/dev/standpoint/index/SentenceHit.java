package dev.standpoint.index;

import dev.standpoint.core.model.AnalysedSentence;

/**
 * A sentence found by a search, with the document it belongs to.
 *
 * @param document the document
 * @param sentence the sentence and its analysis
 * @param context  the question the sentence answers, when it is part of a question/answer pair, else {@code null}
 * @param score    the retrieval score (higher is more relevant)
 */
public record SentenceHit(DocumentSummary document, AnalysedSentence sentence, String context, float score) {

    public String id() {
        return document.id() + "#" + sentence.sentence().index();
    }
}
