package dev.standpoint.index.embed;

/** The sentence encoder cannot be loaded or run (no writable temporary directory, a missing model artifact). */
public final class EncoderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EncoderException(String message, Throwable cause) {
        super(message, cause);
    }
}
