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
 * @param year        the year of publication, or the year the source path names, or {@code null}
 * @param country     the ISO 3166-1 alpha-3 code of the state the document speaks for, when its metadata or file
 *                    name says so ({@code USA_74_2019.txt}), else {@code null}
 * @param publisher   the host of the document's source URL, else the folder it was read from
 */
public record DocumentSummary(String id, String title, List<String> authors, LocalDate published, String source,
                              String format, int sentences, int assessments, Integer year, String country,
                              String publisher) {

    public DocumentSummary {
        authors = List.copyOf(authors);
    }

    /** The byline, or an empty string. */
    public String byline() {
        return String.join(", ", authors);
    }
}
