package dev.standpoint.core.read;

import java.nio.file.Path;

/**
 * A file that cannot be read as a document. The message is one line a user can act on, naming the file and the
 * reason: {@code "report.pdf: encrypted PDF (a password is required)"}.
 */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    public ReadException(Path file, String reason) {
        this(file, reason, null);
    }

    public ReadException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = String.valueOf(file);
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
