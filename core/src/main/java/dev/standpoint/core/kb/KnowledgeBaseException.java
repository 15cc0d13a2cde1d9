package dev.standpoint.core.kb;

/** A knowledge-base file that cannot be loaded; the message names the file, the line and the problem. */
public final class KnowledgeBaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
