package dev.standpoint.index.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} disjoint parts of an ingest, so that several processes can ingest one batch side by side:
 * a file belongs to the part its path hashes to (SHA-256 of the path as ingest names it, so every process given
 * the same arguments from the same folder agrees, and no file is left out or taken twice).
 *
 * @param index which part, from 1
 * @param count how many parts
 */
public record Partition(int index, int count) {

    /** The whole batch. */
    public static final Partition ALL = new Partition(1, 1);

    public Partition {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a partition is I/N with 1 <= I <= N; got " + index + "/" + count);
        }
    }

    /** Parses {@code I/N} ({@code 2/4}: the second of four parts). */
    public static Partition parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Partition(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("a partition is I/N, e.g. 2/4 for the second of four parts; got '" + text + "'");
    }

    /** Whether the file named {@code path} belongs to this part. */
    public boolean includes(String path) {
        if (count == 1) {
            return true;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return Long.remainderUnsigned(v, count) == index - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
