package dev.standpoint.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before it is handled and sets the headers every response carries.
 *
 * <ul>
 *   <li>On loopback, the Host header must name this machine, so a web page cannot reach the server through a
 *       DNS-rebound name.</li>
 *   <li>Writes (anything but GET, HEAD, OPTIONS) must come from the UI's own origin: a cross-site form post from
 *       another tab is refused.</li>
 *   <li>When a token is configured, writes need {@code Authorization: Bearer TOKEN}.</li>
 *   <li>Content-Security-Policy allows scripts, styles and connections to this origin only and no inline script,
 *       so even a document text that slipped into the page as markup could not run.</li>
 * </ul>
 */
final class Guard {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final ServerConfig config;

    Guard(ServerConfig config) {
        this.config = config;
    }

    void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    void check(Context ctx) {
        headers(ctx);
        if (config.loopback()) {
            String host = hostName(ctx.header("Host"));
            if (host != null && !LOCAL_HOSTS.contains(host)) {
                throw new ForbiddenResponse("this server answers requests for localhost only");
            }
        }
        if (SAFE.contains(ctx.method())) {
            return;
        }
        sameOrigin(ctx);
        if (config.token() != null && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("this server needs its write token: send 'Authorization: Bearer TOKEN'");
        }
    }

    private static void sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ForbiddenResponse("writes from another site are refused");
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !origin.equals("null") && host != null
                && !origin.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").equals(host.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse("writes from another origin are refused");
        }
        if ("null".equals(origin)) {
            throw new ForbiddenResponse("writes from an opaque origin are refused");
        }
    }

    private boolean tokenMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8));
    }

    /** The host part of a Host header, lower case, without the port; {@code [::1]} keeps its brackets. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
