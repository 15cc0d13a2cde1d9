package dev.standpoint.server;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param offset  the first item's position in the whole listing
 * @param limit   the page size asked for
 * @param total   how many items the listing holds, or {@code null} when counting them would cost a full search
 * @param hasMore whether items follow this page
 * @param items   the items
 */
public record Page<T>(int offset, int limit, Long total, boolean hasMore, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page cut from a list that holds the whole listing. */
    public static <T> Page<T> of(List<T> all, Paging p) {
        int from = Math.min(p.offset(), all.size());
        int to = Math.min(all.size(), from + p.limit());
        return new Page<>(p.offset(), p.limit(), (long) all.size(), to < all.size(), all.subList(from, to));
    }
}
