package dev.standpoint.core.model;

import java.util.List;

/**
 * A document with its sentences analysed.
 *
 * @param document  the structured document
 * @param sentences every sentence, analysed or not, in order
 * @param analyser  the name and settings of the analyser that produced it, for provenance
 */
public record AnalysedDocument(Document document, List<AnalysedSentence> sentences, String analyser) {

    public AnalysedDocument {
        if (document == null) {
            throw new IllegalArgumentException("document is required");
        }
        sentences = List.copyOf(sentences);
        for (AnalysedSentence s : sentences) {
            if (!s.text().equals(s.sentence().span().of(document.text()))) {
                throw new IllegalArgumentException("sentence " + s.sentence().index()
                        + " text does not equal the document text at " + s.sentence().span());
            }
        }
    }

    public List<AnalysedSentence> assessments() {
        return sentences.stream().filter(AnalysedSentence::isAssessment).toList();
    }
}
