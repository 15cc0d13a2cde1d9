package dev.standpoint.core.assess.heads;

import dev.standpoint.core.embed.Encoder;
import dev.standpoint.core.model.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trained head that reads whether a sentence is favourable or unfavourable toward what it is about, from its
 * sentence vector. The rule-based extractor asks it only about assessments whose wording gave the rules no
 * polarity to go on ("I think the answer is yes", "They don't want to hang around in Moscow"), and takes its answer
 * only when it is confident.
 *
 * @param encoder    the encoder the head was trained on (its name is in the head's provenance)
 * @param head       the classifier, labels {@code positive} and {@code negative}
 * @param confidence the probability below which the head abstains
 */
public record PolarityHead(Encoder encoder, LinearHead head, double confidence) {

    /** The head shipped with Standpoint, or empty when none is. */
    public static final String RESOURCE = "/standpoint/heads/polarity.head";

    public PolarityHead {
        if (!head.labels().contains("positive") || !head.labels().contains("negative")) {
            throw new IllegalArgumentException("a polarity head needs the labels positive and negative; got "
                    + head.labels());
        }
        String trainedOn = head.provenance().get("encoder");
        if (trainedOn != null && !trainedOn.equals(encoder.name())) {
            throw new IllegalArgumentException("the polarity head was trained on vectors of " + trainedOn
                    + ", not of " + encoder.name());
        }
    }

    /** The shipped head with {@code encoder}, or empty when no head is shipped. */
    public static Optional<PolarityHead> shipped(Encoder encoder, double confidence) {
        LinearHead h = LinearHead.resource(RESOURCE);
        return h == null ? Optional.empty() : Optional.of(new PolarityHead(encoder, h, confidence));
    }

    /** For each text, the polarity the head reads with its probability, or empty when it abstains. */
    public List<Optional<Reading>> read(List<String> texts) {
        List<Optional<Reading>> out = new ArrayList<>(texts.size());
        if (texts.isEmpty()) {
            return out;
        }
        float[][] vectors = encoder.embed(texts);
        int pos = head.labels().indexOf("positive");
        for (float[] v : vectors) {
            double[] p = head.probabilities(v);
            double positive = p[pos];
            Polarity label = positive >= 0.5 ? Polarity.POSITIVE : Polarity.NEGATIVE;
            double prob = Math.max(positive, 1 - positive);
            out.add(prob >= confidence ? Optional.of(new Reading(label, prob)) : Optional.empty());
        }
        return out;
    }

    /** What the head reads and how sure it is. */
    public record Reading(Polarity polarity, double probability) {
    }
}
