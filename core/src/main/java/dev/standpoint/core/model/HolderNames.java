package dev.standpoint.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Holder names compared as {@code ANNOTATION.md} compares them: case, titles and a leading "the" ignored, singular and
 * plural alike, a surname matching a full name that ends in it. A question may name a group with more or fewer of
 * its modifiers than the transcript does, and it is the same group when the head noun agrees: "senior administration
 * officials" and the transcript's "SENIOR ADMINISTRATION OFFICIAL", "senior Biden administration officials" and
 * "Senior Administration Official" (one name's words all stand in the other); "Chinese officials" and "Senior
 * Administration Official" are not.
 */
public final class HolderNames {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "secretary", "prime",
            "minister", "ambassador", "vice", "foreign", "general", "senator", "chancellor", "the");

    private HolderNames() {
    }

    /** Lower case, titles and "the" dropped, each word of more than three letters ending in one "s" singularised. */
    public static String normalise(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+")) {
            String t = w.replaceAll("[.,]$", "");
            if (t.isEmpty() || TITLES.contains(t)) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")
                    ? t.substring(0, t.length() - 1) : t);
        }
        return b.toString();
    }

    /** Whether two names, normalised, are one or one ends in the other: the gold format's holder matching. */
    public static boolean same(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x));
    }

    /**
     * Whether two names are {@linkplain #same the same}, or name one group with more or fewer of its modifiers: the
     * same head noun, and every word of one standing in the other.
     */
    public static boolean sameGroup(String a, String b) {
        if (same(a, b)) {
            return true;
        }
        List<String> xs = List.of(normalise(a).split(" "));
        List<String> ys = List.of(normalise(b).split(" "));
        if (xs.size() < 2 && ys.size() < 2 || !xs.get(xs.size() - 1).equals(ys.get(ys.size() - 1))) {
            return false;
        }
        return xs.containsAll(ys) || ys.containsAll(xs);
    }
}
