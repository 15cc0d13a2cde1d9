package dev.standpoint.server;

/**
 * The body of every error response: the HTTP status and one line a person can act on. Never a stack trace or an
 * exception class name.
 */
public record ApiError(int status, String message) {
}
