package dev.standpoint.core.model;

import java.util.Locale;

/** How favourable the holder's evaluation of the target is. */
public enum Polarity {
    POSITIVE, NEGATIVE, MIXED, NEUTRAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
