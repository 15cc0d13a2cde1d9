package dev.standpoint.index;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.Document;
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

    /** What a listing shows of an analysed document; every store records the same summary. */
    public static DocumentSummary of(AnalysedDocument a) {
        Document d = a.document();
        return new DocumentSummary(d.id(), d.title(), d.authors(), d.published(), d.source(), d.format(),
                a.sentences().size(), a.assessments().size(), year(d), d.metadata().get("country"), publisher(d));
    }

    /** The year of publication, else the year the document's metadata names, else {@code null}. */
    public static Integer year(Document d) {
        if (d.published() != null) {
            return d.published().getYear();
        }
        String y = d.metadata().get("year");
        return y == null ? null : Integer.valueOf(y);
    }

    /** The host of the source URL ("whitehouse.gov"), else the name of the folder the file was read from. */
    static String publisher(Document d) {
        String url = d.metadata().getOrDefault("source_url", d.metadata().get("url"));
        if (url != null) {
            try {
                String host = java.net.URI.create(url.strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL: fall back to the folder
            }
        }
        java.nio.file.Path parent = java.nio.file.Path.of(d.source()).getParent();
        return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    }

    /** The byline, or an empty string. */
    public String byline() {
        return String.join(", ", authors);
    }
}
