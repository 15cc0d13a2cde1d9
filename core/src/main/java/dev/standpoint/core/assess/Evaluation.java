package dev.standpoint.core.assess;

import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.Span;
import java.util.List;

/**
 * One evaluative expression after negation and intensifiers are applied.
 *
 * @param token    the token where it starts
 * @param sign     +1 favourable, -1 unfavourable
 * @param strength 1 (weak) to 3 (strong)
 * @param weight   how much it counts: less inside a condition
 * @param cues     the spans that justify it
 */
record Evaluation(int token, int sign, int strength, double weight, Span span, List<Cue> cues) {

    double signed() {
        return sign * strength * weight;
    }
}
