package dev.standpoint.core.model;

import java.util.Locale;

/** How sure a statement is, after FactBank: plain assertion certain, "I think" probable, "perhaps" possible. */
public enum Certainty {
    CERTAIN(1.0), PROBABLE(0.75), POSSIBLE(0.5);

    private final double weight;

    Certainty(double weight) {
        this.weight = weight;
    }

    /** The weight a statement this sure carries in a verdict. */
    public double weight() {
        return weight;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Certainty parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
