package dev.standpoint.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What a listing shows of a stored document.
 *
 * @param id          content hash
 * @param title       title
 * @param authors     byline
 * @param published   date, or {@code null}
 * @param source      where it was read from
 * @param format      reader format
 * @param sentences   number of sentences
 * @param assessments number of assessments
 */
public record DocumentSummary(String id, String title, List<String> authors, LocalDate published, String source,
                              String format, int sentences, int assessments) {

    public DocumentSummary {
        authors = List.copyOf(authors);
    }

    /** The byline, or an empty string. */
    public String byline() {
        return String.join(", ", authors);
    }
}
