package dev.standpoint.index.answer;

import dev.standpoint.core.model.Polarity;
import java.time.LocalDate;

/**
 * Where a quoted sentence comes from: a reader can open the document and find it at {@code [start, end)}.
 *
 * @param number        the citation's number in the answer, from 1
 * @param documentId    the document's content id
 * @param title         the document's title
 * @param author        the document's byline, possibly empty
 * @param holder        whose view the sentence states
 * @param published     the document's date, or {@code null}
 * @param sentenceIndex the sentence's index in the document
 * @param start         first character offset in the document text
 * @param end           offset after the last character
 * @param text          the sentence, quoted (white space collapsed)
 * @param context       the question the sentence answers, when it answers one
 * @param relevance     its retrieval score relative to the best hit, 0–1
 * @param weight        its weight in the verdict (0 when it is not an assessment)
 * @param polarity      its polarity when it is an assessment, else {@code null}
 * @param forecast      whether it is a forecast
 */
public record Citation(int number, String documentId, String title, String author, String holder, LocalDate published,
                       int sentenceIndex, int start, int end, String text, String context, double relevance,
                       double weight, Polarity polarity, boolean forecast) {
}
