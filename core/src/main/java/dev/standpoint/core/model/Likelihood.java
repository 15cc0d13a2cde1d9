package dev.standpoint.core.model;

import java.util.Locale;

/**
 * Probability bands in the style of the U.S. intelligence community's ICD 203 scale. A forecast's probability is the
 * middle of its band; the band's bounds say how precise the wording allows us to be.
 */
public enum Likelihood {
    ALMOST_NO_CHANCE("almost no chance", 0.01, 0.05),
    VERY_UNLIKELY("very unlikely", 0.05, 0.20),
    UNLIKELY("unlikely", 0.20, 0.45),
    ROUGHLY_EVEN("roughly even chance", 0.45, 0.55),
    LIKELY("likely", 0.55, 0.80),
    VERY_LIKELY("very likely", 0.80, 0.95),
    ALMOST_CERTAIN("almost certain", 0.95, 0.99);

    private final String label;
    private final double low;
    private final double high;

    Likelihood(String label, double low, double high) {
        this.label = label;
        this.low = low;
        this.high = high;
    }

    public String label() {
        return label;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    /** The band's midpoint, used as the forecast's probability. */
    public double probability() {
        return (low + high) / 2;
    }

    /** The band for a statement of the given certainty with no more specific likelihood wording. */
    public static Likelihood of(Certainty certainty) {
        return switch (certainty) {
            case CERTAIN -> VERY_LIKELY;
            case PROBABLE -> LIKELY;
            case POSSIBLE -> ROUGHLY_EVEN;
        };
    }

    /** The band of the opposite statement: "unlikely to X" is "likely not to X". */
    public Likelihood complement() {
        return values()[values().length - 1 - ordinal()];
    }

    public static Likelihood parse(String s) {
        String k = s.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (Likelihood l : values()) {
            if (l.name().equals(k) || l.label.equalsIgnoreCase(s.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown likelihood '" + s + "'");
    }
}
