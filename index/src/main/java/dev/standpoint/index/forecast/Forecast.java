package dev.standpoint.index.forecast;

import dev.standpoint.core.model.Likelihood;
import java.time.LocalDate;
import java.util.List;

/**
 * A forecast from the index, with its resolution when an analyst has judged it.
 *
 * @param id            stable across rebuilds: the document id and a hash of the sentence text
 * @param documentId    the document
 * @param title         the document's title
 * @param sentenceIndex the sentence's index in the document
 * @param start         first character offset in the document text
 * @param end           offset after its last character
 * @param text          the forecast, quoted
 * @param holder        who makes it
 * @param made          when (the document's date), or {@code null}
 * @param likelihood    the ICD 203 band its wording puts it in
 * @param probability   the band's midpoint: the probability the statement as worded comes true
 * @param conditions    the conditions it depends on, quoted
 * @param targets       what it is about
 * @param resolution    the analyst's judgement, or {@code null}
 */
public record Forecast(String id, String documentId, String title, int sentenceIndex, int start, int end, String text,
                       String holder, LocalDate made, Likelihood likelihood, double probability,
                       List<String> conditions, List<String> targets, Resolution resolution) {

    public Forecast {
        conditions = List.copyOf(conditions);
        targets = List.copyOf(targets);
    }

    public boolean resolved() {
        return resolution != null;
    }
}
