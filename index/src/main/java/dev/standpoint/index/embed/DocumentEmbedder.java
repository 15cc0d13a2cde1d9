package dev.standpoint.index.embed;

import dev.standpoint.core.embed.Encoder;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.index.SentenceVectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which sentences of a document get a vector and computes them, on the calling thread (an ingest worker),
 * in batches.
 *
 * <p>By default only claims are embedded, the assessments and forecasts an answer is built from: 36 % of the
 * sentences of the White House corpus (about half of its text, as claims are longer). {@code ask} retrieves only
 * claims, so vectors on the other sentences change its answers little, while they would double the encoder's
 * time, by far the largest cost of an ingest (see {@code docs/benchmarks.md}).
 */
public final class DocumentEmbedder {

    /** Which sentences get a vector. */
    public enum Scope {
        /** Assessments and forecasts: what answers are built from. */
        CLAIMS,
        /** Every analysed sentence (questions, answers and body text). */
        ALL
    }

    private static final int BATCH = 64;

    private final Encoder encoder;
    private final Scope scope;

    public DocumentEmbedder(Encoder encoder, Scope scope) {
        if (encoder == null || scope == null) {
            throw new IllegalArgumentException("encoder and scope are required");
        }
        this.encoder = encoder;
        this.scope = scope;
    }

    public Encoder encoder() {
        return encoder;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether this sentence gets a vector. */
    public boolean selects(AnalysedSentence s) {
        if (!s.sentence().role().isAnalysed() || s.text().isBlank()) {
            return false;
        }
        return scope == Scope.ALL || isClaim(s);
    }

    /** An assessment or a forecast. */
    public static boolean isClaim(AnalysedSentence s) {
        return s.isAssessment() || s.assessment() != null && s.assessment().forecast();
    }

    public SentenceVectors embed(AnalysedDocument document) {
        List<AnalysedSentence> chosen = new ArrayList<>();
        for (AnalysedSentence s : document.sentences()) {
            if (selects(s)) {
                chosen.add(s);
            }
        }
        Map<Integer, float[]> out = new LinkedHashMap<>();
        for (int from = 0; from < chosen.size(); from += BATCH) {
            List<AnalysedSentence> batch = chosen.subList(from, Math.min(chosen.size(), from + BATCH));
            float[][] vectors = encoder.embed(batch.stream().map(AnalysedSentence::displayText).toList());
            for (int i = 0; i < vectors.length; i++) {
                out.put(batch.get(i).sentence().index(), vectors[i]);
            }
        }
        return out.isEmpty() ? SentenceVectors.NONE : new SentenceVectors(encoder.name(), out);
    }
}
