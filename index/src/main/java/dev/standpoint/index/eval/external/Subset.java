package dev.standpoint.index.eval.external;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed, reproducible part of a data set, for quick runs and the CI checks: every {@code k}-th item starting
 * with the first, then at most {@code n} of those. A stride matters where a file is sorted by label (the WikiWeasel
 * files hold all certain sentences before all uncertain ones, so their first items are all certain).
 */
public final class Subset {

    private Subset() {
    }

    /**
     * @param every keep every {@code every}-th item (1 keeps all)
     * @param limit keep at most this many (0 for no limit)
     */
    public static <T> List<T> of(List<T> items, int every, int limit) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be 1 or more; got " + every);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (none) or more; got " + limit);
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size() && (limit == 0 || out.size() < limit); i += every) {
            out.add(items.get(i));
        }
        return out;
    }
}
