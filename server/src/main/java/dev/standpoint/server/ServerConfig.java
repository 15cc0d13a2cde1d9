package dev.standpoint.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server runs, validated once at start.
 *
 * @param host             the address to bind; loopback ({@code 127.0.0.1}) by default
 * @param port             the port; {@code 0} picks a free one (tests)
 * @param token            the bearer token that write endpoints (ingest, resolve) require, or {@code null}. Required
 *                         when the host is not a loopback address
 * @param maxUploadBytes   the largest request body (an upload of several files), default 50 MB like the CLI's file
 *                         limit
 * @param maxQueryChars    the longest question or search text
 * @param maxPageSize      the largest {@code limit} a listing accepts
 * @param answerCacheSize  answers kept for repeated questions until the index changes; 0 turns the cache off
 */
public record ServerConfig(String host, int port, String token, long maxUploadBytes, int maxQueryChars,
                           int maxPageSize, int answerCacheSize) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY_CHARS = 1_000;
    public static final int DEFAULT_MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_ANSWER_CACHE = 1_000;
    /** The environment variable that holds the write token. */
    public static final String TOKEN_ENV = "STANDPOINT_TOKEN";

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host is required");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535; got " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters; got " + token.length());
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("the upload limit must be at least 1 KB; got " + maxUploadBytes + " bytes");
        }
        if (maxQueryChars < 10 || maxPageSize < 1 || answerCacheSize < 0) {
            throw new IllegalArgumentException("query limit >= 10, page size >= 1 and answer cache >= 0 are required");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding to " + host + " exposes the index beyond this machine: set a "
                    + "write token with --token or " + TOKEN_ENV + " (16 characters or more)");
        }
    }

    /** Loopback on the default port, no token, default limits. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_QUERY_CHARS,
                DEFAULT_MAX_PAGE_SIZE, DEFAULT_ANSWER_CACHE);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, token, maxUploadBytes, maxQueryChars, maxPageSize, answerCacheSize);
    }

    public ServerConfig withHost(String h, String t) {
        return new ServerConfig(h, port, t, maxUploadBytes, maxQueryChars, maxPageSize, answerCacheSize);
    }

    public ServerConfig withMaxUploadBytes(long bytes) {
        return new ServerConfig(host, port, token, bytes, maxQueryChars, maxPageSize, answerCacheSize);
    }

    public ServerConfig withAnswerCache(int size) {
        return new ServerConfig(host, port, token, maxUploadBytes, maxQueryChars, maxPageSize, size);
    }

    /** Whether the server listens on this machine only. */
    public boolean loopback() {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            // Only literal addresses are resolved without a lookup; a name other than localhost counts as remote.
            if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
                return false;
            }
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** What the log line at start shows: everything but the token itself. */
    @Override
    public String toString() {
        return "host=" + host + " port=" + port + " token=" + (token == null ? "none" : "set") + " maxUpload="
                + maxUploadBytes / (1024 * 1024) + "MB maxQuery=" + maxQueryChars + " maxPage=" + maxPageSize
                + " answerCache=" + answerCacheSize;
    }
}
