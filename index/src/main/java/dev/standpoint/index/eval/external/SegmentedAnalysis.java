package dev.standpoint.index.eval.external;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the analyser on text whose sentences the gold data delimits. Each gold sentence becomes one paragraph of a
 * document, so the analyser's own splitter works inside it and never joins two gold sentences; when it splits one,
 * the pieces are read together ({@link Reading#of}). Thread-safe when the analyser is.
 */
public final class SegmentedAnalysis {

    private final Analyser analyser;

    public SegmentedAnalysis(Analyser analyser) {
        this.analyser = analyser;
    }

    public Analyser analyser() {
        return analyser;
    }

    /** One sentence as a document of its own. */
    public Reading sentence(String id, String sentence) {
        return document(id, sentence, List.of(new Span(0, sentence.length())), null).get(0);
    }

    /**
     * @param id        a name for the document (any non-blank string)
     * @param text      the document text
     * @param sentences the gold sentences' spans in {@code text}, in order and not overlapping
     * @param published the document's date, or {@code null}; the entity linker uses its year
     * @return one reading per gold sentence, in the same order
     */
    public List<Reading> document(String id, String text, List<Span> sentences, LocalDate published) {
        List<Paragraph> paragraphs = new ArrayList<>(sentences.size());
        int last = 0;
        for (Span s : sentences) {
            if (s.start() < last) {
                throw new IllegalArgumentException("gold sentences of " + id + " overlap or are out of order at " + s);
            }
            last = s.end();
            paragraphs.add(new Paragraph(paragraphs.size(), s, Role.BODY, null, -1));
        }
        Document doc = new Document(id, id, "txt", "", List.of(), published, text, paragraphs, Map.of());
        AnalysedDocument analysed = analyser.analyse(doc);
        List<List<AnalysedSentence>> pieces = new ArrayList<>(sentences.size());
        sentences.forEach(s -> pieces.add(new ArrayList<>()));
        for (AnalysedSentence s : analysed.sentences()) {
            pieces.get(s.sentence().paragraph()).add(s);
        }
        List<Reading> out = new ArrayList<>(sentences.size());
        for (List<AnalysedSentence> p : pieces) {
            out.add(Reading.of(p, text));
        }
        return out;
    }
}
