package dev.standpoint.core.model;

import java.util.List;

/**
 * The analysis of one sentence against the task definition: whether it is an assessment, whose, about what, how
 * favourable, how strong, how sure, under which conditions, and whether it predicts something. Every field is
 * filled for every analysed sentence; {@link #cues} hold the spans that justify the labels.
 *
 * @param assessment  whether the sentence evaluates a policy, actor, relationship or prospect
 * @param holder      whose view it is
 * @param targets     canonical names of the entities it is about
 * @param polarity    how favourable ({@link Polarity#NEUTRAL} for non-assessments)
 * @param intensity   how strong
 * @param certainty   how sure
 * @param likelihood  the ICD 203 band a forecast's wording puts it in
 * @param forecast    whether it predicts a future state or event
 * @param conditions  the clauses it depends on
 * @param cues        the spans that justify each label
 */
public record Assessment(
        boolean assessment,
        Holder holder,
        List<String> targets,
        Polarity polarity,
        Intensity intensity,
        Certainty certainty,
        Likelihood likelihood,
        boolean forecast,
        List<Condition> conditions,
        List<Cue> cues) {

    public Assessment {
        if (holder == null || polarity == null || intensity == null || certainty == null || likelihood == null) {
            throw new IllegalArgumentException("holder, polarity, intensity, certainty and likelihood are required");
        }
        targets = List.copyOf(targets);
        conditions = List.copyOf(conditions);
        cues = List.copyOf(cues);
    }

    /** The probability a forecast carries, from its likelihood band. */
    public double probability() {
        return likelihood.probability();
    }

    /** The weight this assessment carries in a verdict: intensity times certainty. */
    public double weight() {
        return intensity.weight() * certainty.weight();
    }

    /** The same assessment with another polarity and the cue that argues for it. */
    public Assessment withPolarity(Polarity p, Cue why) {
        List<Cue> more = new java.util.ArrayList<>(cues);
        more.add(why);
        return new Assessment(assessment, holder, targets, p, intensity, certainty, likelihood, forecast, conditions, more);
    }

    public List<Cue> cues(CueKind kind) {
        return cues.stream().filter(c -> c.kind() == kind).toList();
    }
}
