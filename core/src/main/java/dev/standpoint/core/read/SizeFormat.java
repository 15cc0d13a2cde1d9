package dev.standpoint.core.read;

import java.util.Locale;

/** Human-readable file sizes for messages: {@code 61.2 MB}, {@code 12.0 KB}, {@code 900 bytes}. */
final class SizeFormat {

    private static final double KB = 1024;
    private static final double MB = 1024 * 1024;

    private SizeFormat() {
    }

    /** A size with one decimal in the largest fitting unit. */
    static String of(long bytes) {
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / MB);
        }
        if (bytes >= KB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / KB);
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    /** A limit: like {@link #of(long)} but without a decimal when the limit is a whole number of units. */
    static String limit(long bytes) {
        if (bytes >= MB && bytes % (long) MB == 0) {
            return bytes / (long) MB + " MB";
        }
        if (bytes >= KB && bytes < MB && bytes % (long) KB == 0) {
            return bytes / (long) KB + " KB";
        }
        return of(bytes);
    }
}
