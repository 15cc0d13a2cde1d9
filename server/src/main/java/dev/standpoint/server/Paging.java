package dev.standpoint.server;

import io.javalin.http.Context;

/** {@code offset} and {@code limit} from a request, checked against the configured maximum page size. */
record Paging(int offset, int limit) {

    static final int DEFAULT_LIMIT = 20;
    /** How far into a listing a client may page; deeper pages would cost a search of that many hits. */
    static final int MAX_OFFSET = 10_000;

    static Paging from(Context ctx, int maxLimit) {
        int offset = Params.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        int limit = Params.integer(ctx, "limit", Math.min(DEFAULT_LIMIT, maxLimit), 1, maxLimit);
        return new Paging(offset, limit);
    }

    /** How many hits a search must return to fill this page and know whether another follows. */
    int window() {
        return offset + limit + 1;
    }
}
