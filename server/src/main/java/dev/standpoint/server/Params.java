package dev.standpoint.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads and checks query parameters; a bad one becomes a 400 naming the parameter, what it got and what it wants. */
final class Params {

    private Params() {
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new BadRequestResponse(name + " must be between " + min + " and " + max + "; got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number; got '" + clip(v) + "'");
        }
    }

    static Integer year(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : integer(ctx, name, 0, 1000, 9999);
    }

    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v != null && (v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    /** Text a person typed (a question, a search): required or not, never longer than the limit. */
    static String text(Context ctx, String name, int maxChars, boolean required) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            if (required) {
                throw new BadRequestResponse("the query parameter '" + name + "' is required");
            }
            return "";
        }
        if (v.length() > maxChars) {
            throw new BadRequestResponse(String.format(Locale.ROOT, "%s is %,d characters long; the limit is %,d",
                    name, v.length(), maxChars));
        }
        return v.strip();
    }

    /** All values of a repeatable parameter ({@code ?author=a&author=b}), each checked for length. */
    static Set<String> values(Context ctx, String name, int maxChars) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : ctx.queryParams(name)) {
            if (v.length() > maxChars) {
                throw new BadRequestResponse(name + " values are limited to " + maxChars + " characters");
            }
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        if (out.size() > 20) {
            throw new BadRequestResponse("at most 20 values of " + name + " are accepted; got " + out.size());
        }
        return out;
    }

    /** An id in a path: letters, digits and a few separators only, so it can never name a file or inject a query. */
    static String id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!v.matches("[A-Za-z0-9:_.\\-]{1,100}")) {
            throw new BadRequestResponse(name + " must be letters, digits, ':', '_', '.' or '-'; got '" + clip(v) + "'");
        }
        return v;
    }

    static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
