package dev.standpoint.core.assess;

import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.Span;
import java.util.List;

/**
 * One evaluative expression after negation, intensifiers and its place in the sentence are weighed.
 *
 * @param token    the token where it starts
 * @param end      the token after its last
 * @param sign     +1 favourable, -1 unfavourable
 * @param strength 1 (weak) to 3 (strong)
 * @param weight   how much it counts: less inside a condition or inside the complement of another evaluation
 * @param weakened whether a downtoner ("some", "slightly") softened it
 * @param topic    whether it names a problem acted on ("address the crisis", "end the bloodshed") rather than judging
 * @param span     where it stands in the document text
 * @param cues     the spans that justify it
 */
record Evaluation(int token, int end, int sign, int strength, double weight, boolean weakened, boolean topic,
                  Span span, List<Cue> cues) {

    double mass() {
        return strength * weight;
    }

    Evaluation flipped() {
        return new Evaluation(token, end, -sign, strength, weight, weakened, topic, span, cues);
    }

    Evaluation asTopic() {
        return new Evaluation(token, end, sign, strength, weight, weakened, true, span, cues);
    }

    Evaluation withWeight(double w) {
        return new Evaluation(token, end, sign, strength, w, weakened, topic, span, cues);
    }
}
