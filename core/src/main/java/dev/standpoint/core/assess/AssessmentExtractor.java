package dev.standpoint.core.assess;

import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Sentence;
import java.util.List;

/** Analyses the sentences of one document against the task definition of {@code ANNOTATION.md}. */
public interface AssessmentExtractor {

    /**
     * One assessment per sentence, in order; {@code null} for sentences whose role is not analysed (titles,
     * bylines, boilerplate).
     *
     * @param document  the document the sentences belong to
     * @param sentences its sentences, in order
     * @param links     the entity links of each sentence, in the same order
     */
    List<Assessment> extract(Document document, List<Sentence> sentences, List<Links> links);

    /** A short description of the extractor and its settings, for provenance. */
    String describe();
}
