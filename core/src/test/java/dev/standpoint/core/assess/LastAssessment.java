package dev.standpoint.core.assess;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The analysis of a short text written for a test: the assessment of its last analysed sentence. */
final class LastAssessment {

    private static final Analyser ANALYSER = new Analyser(KnowledgeBaseLoader.shipped());
    private static final DocumentParser PARSER = new DocumentParser(new Readers(), new StructureDetector(),
            InputLimits.defaults());

    private LastAssessment() {
    }

    /** Writes {@code text} as a file in {@code dir}, analyses it and returns its last sentence's assessment. */
    static Assessment of(Path dir, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(Integer.toHexString(text.hashCode()) + ".txt"), text + "\n");
        List<AnalysedSentence> sentences = ANALYSER.analyse(PARSER.parse(file, file.getFileName().toString())
                .document()).sentences();
        return sentences.stream().filter(s -> s.assessment() != null).reduce((x, y) -> y).orElseThrow().assessment();
    }
}
