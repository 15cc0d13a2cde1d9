package dev.standpoint.index.answer;

import dev.standpoint.core.model.Likelihood;
import java.time.LocalDate;
import java.util.List;

/**
 * A forecast among the relevant sentences.
 *
 * @param holder      who makes it
 * @param likelihood  the ICD 203 band its wording puts it in
 * @param probability the band's midpoint
 * @param conditions  the conditions it depends on, quoted
 * @param made        when it was made (the document's date), or {@code null}
 * @param citation    the citation number of its sentence
 */
public record ForecastItem(String holder, Likelihood likelihood, double probability, List<String> conditions,
                           LocalDate made, int citation) {

    public ForecastItem {
        conditions = List.copyOf(conditions);
    }
}
