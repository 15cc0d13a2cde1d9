package dev.standpoint.core.model;

/**
 * A pair of entities whose relationship a sentence speaks of, in a canonical order so that
 * {@code Japan-Russia} and {@code Russia-Japan} are the same dyad.
 */
public record Dyad(String first, String second) {

    public Dyad {
        if (first == null || second == null || first.equals(second)) {
            throw new IllegalArgumentException("a dyad needs two different entities; got " + first + ", " + second);
        }
        if (first.compareTo(second) > 0) {
            String t = first;
            first = second;
            second = t;
        }
    }

    public static Dyad of(String a, String b) {
        return new Dyad(a, b);
    }

    public boolean involves(String entityId) {
        return first.equals(entityId) || second.equals(entityId);
    }

    /** {@code "JPN|RUS"}: a form for index terms and facets. */
    public String key() {
        return first + "|" + second;
    }

    public static Dyad parse(String key) {
        int bar = key.indexOf('|');
        if (bar <= 0 || bar == key.length() - 1) {
            throw new IllegalArgumentException("a dyad key looks like 'JPN|RUS'; got '" + key + "'");
        }
        return new Dyad(key.substring(0, bar), key.substring(bar + 1));
    }
}
