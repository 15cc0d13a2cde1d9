package dev.standpoint.core.read;

/**
 * How much a reader takes in: a file larger than {@code maxBytes} is refused before it is loaded.
 *
 * @param maxBytes the largest file size accepted, from 1 byte to {@link #MAX_SUPPORTED_BYTES}
 */
public record InputLimits(long maxBytes) {

    /** The default limit: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** The largest limit that can be honoured: a file is loaded into one array. */
    public static final long MAX_SUPPORTED_BYTES = Integer.MAX_VALUE - 8L;

    private static final long MEGABYTE = 1024L * 1024;

    public InputLimits {
        if (maxBytes < 1 || maxBytes > MAX_SUPPORTED_BYTES) {
            throw new IllegalArgumentException(
                    "maxBytes must be between 1 and " + MAX_SUPPORTED_BYTES + "; got " + maxBytes);
        }
    }

    /** The default limits (50 MB). */
    public static InputLimits defaults() {
        return new InputLimits(DEFAULT_MAX_BYTES);
    }

    /** A limit of {@code megabytes} MB (1 MB = 1,048,576 bytes), as {@code STANDPOINT_MAX_FILE_MB} gives it. */
    public static InputLimits ofMegabytes(long megabytes) {
        if (megabytes < 1 || megabytes > MAX_SUPPORTED_BYTES / MEGABYTE) {
            throw new IllegalArgumentException("megabytes must be between 1 and "
                    + MAX_SUPPORTED_BYTES / MEGABYTE + "; got " + megabytes);
        }
        return new InputLimits(megabytes * MEGABYTE);
    }
}
