package dev.standpoint.index;

/** The store cannot do what was asked: the index is locked, corrupt or unreachable. The message says which. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
