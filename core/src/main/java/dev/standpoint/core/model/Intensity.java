package dev.standpoint.core.model;

import java.util.Locale;

/** The strength of an evaluation: "some concern" low, "skeptical" medium, "extremely skeptical" high. */
public enum Intensity {
    LOW(1.0), MEDIUM(2.0), HIGH(3.0);

    private final double weight;

    Intensity(double weight) {
        this.weight = weight;
    }

    /** The weight an evaluation of this strength carries in a verdict. */
    public double weight() {
        return weight;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intensity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public Intensity stronger() {
        return this == LOW ? MEDIUM : HIGH;
    }

    public Intensity weaker() {
        return this == HIGH ? MEDIUM : LOW;
    }
}
