package dev.standpoint.cli;

import dev.standpoint.core.kb.KnowledgeBaseException;
import dev.standpoint.index.StoreException;
import picocli.CommandLine;

/**
 * Maps exceptions to one line on standard error and an exit code, in one place: user errors (a bad argument, a
 * missing document) exit 2 or 1 with their message; anything unexpected exits 1 with a short description and a hint
 * to rerun with {@code STANDPOINT_DEBUG=1} for the stack trace.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    /** A failure the user can act on; its message is shown as is. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        UserError(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        UserError(String message) {
            this(message, 1);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (System.getenv("STANDPOINT_DEBUG") != null) {
            e.printStackTrace(System.err);
        }
        if (e instanceof UserError u) {
            System.err.println("standpoint: " + u.getMessage());
            return u.exitCode;
        }
        if (e instanceof IllegalArgumentException || e instanceof StoreException || e instanceof KnowledgeBaseException
                || e instanceof dev.standpoint.index.embed.EncoderException) {
            System.err.println("standpoint: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
        System.err.println("standpoint: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (set STANDPOINT_DEBUG=1 to see where)");
        return 1;
    }
}
