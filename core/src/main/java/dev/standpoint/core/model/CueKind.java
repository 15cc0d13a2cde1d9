package dev.standpoint.core.model;

/** Which label a cue justifies. */
public enum CueKind {
    /** Evaluative language that makes the sentence an assessment. */
    EVALUATION,
    /** A word or phrase that sets or flips the polarity. */
    POLARITY,
    /** A negation that flips the polarity of what it scopes over. */
    NEGATION,
    /** An intensifier or downtoner. */
    INTENSITY,
    /** A hedge or booster. */
    CERTAINTY,
    /** Future or predictive wording. */
    FORECAST,
    /** The trigger of a condition. */
    CONDITION,
    /** What names the holder: a speaker label, a reporting verb with its subject. */
    HOLDER
}
