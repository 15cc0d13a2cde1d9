package dev.standpoint.index.forecast;

import java.util.Locale;

/** How a forecast turned out, as an analyst judges it. */
public enum Outcome {
    /** What the forecast said came true. */
    TRUE,
    /** It did not. */
    FALSE,
    /** It cannot be judged (the question lapsed, the wording was too vague): excluded from scores. */
    VOID;

    public static Outcome parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an outcome is true, false or void; got '" + s + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
