package dev.standpoint.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A read and structured document: the text that analysis sees, and its paragraphs with their roles.
 *
 * @param id        a hash of the normalised text, so that re-ingesting the same article is a no-op
 * @param source    where it was read from (a file name or path as given by the user)
 * @param format    the reader's format name: {@code txt}, {@code md}, {@code html}, {@code pdf}, {@code docx}
 * @param title     the title, or the file name when the document has none
 * @param authors   the byline, possibly empty
 * @param published the date of publication, or {@code null} when unknown
 * @param text      the full text; every span points into it
 * @param paragraphs the paragraphs in order
 * @param metadata  further fields read from the source (front matter, HTML meta), sorted by key
 */
public record Document(
        String id,
        String source,
        String format,
        String title,
        List<String> authors,
        LocalDate published,
        String text,
        List<Paragraph> paragraphs,
        Map<String, String> metadata) {

    public Document {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id is required");
        }
        if (text == null) {
            throw new IllegalArgumentException("document text is required");
        }
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
        for (Paragraph p : paragraphs) {
            if (p.span().end() > text.length()) {
                throw new IllegalArgumentException(
                        "paragraph " + p.index() + " " + p.span() + " exceeds text length " + text.length());
            }
        }
    }

    public String text(Span span) {
        return span.of(text);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The byline as one string, e.g. {@code "James L. Schoff"} or {@code "A. Author and B. Author"}. */
    public String byline() {
        return String.join(", ", authors);
    }

    /** The question/answer pairs, in order. */
    public List<QaPair> qaPairs() {
        Map<Integer, Paragraph> questions = new TreeMap<>();
        Map<Integer, List<Paragraph>> answers = new TreeMap<>();
        for (Paragraph p : paragraphs) {
            if (p.qa() < 0) {
                continue;
            }
            if (p.role() == Role.QUESTION) {
                questions.putIfAbsent(p.qa(), p);
            } else if (p.role() == Role.ANSWER) {
                answers.computeIfAbsent(p.qa(), k -> new ArrayList<>()).add(p);
            }
        }
        List<QaPair> pairs = new ArrayList<>();
        questions.forEach((n, q) -> pairs.add(new QaPair(n, q, answers.getOrDefault(n, List.of()))));
        return pairs;
    }
}
