package dev.standpoint.index.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * Name-based GUIDs (RFC 4122 version 5: SHA-1 of a namespace and a name), so that the same code, source or selection
 * gets the same GUID in every export. Written in upper case, as ATLAS.ti and the standard's examples write them.
 */
public final class Guids {

    /** Standpoint's namespace for REFI-QDA names; fixed forever, since changing it changes every GUID. */
    private static final UUID NAMESPACE = UUID.fromString("5f0c8a3e-2b7d-4c1e-9a6f-3d8e1b4c7a20");

    private Guids() {
    }

    /** The GUID of {@code name}, e.g. {@code "code:Polarity/negative"}. */
    public static String of(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a GUID needs a name");
        }
        return uuid(name).toString().toUpperCase(Locale.ROOT);
    }

    static UUID uuid(String name) {
        byte[] hash = sha1(NAMESPACE, name);
        hash[6] = (byte) (hash[6] & 0x0f | 0x50);
        hash[8] = (byte) (hash[8] & 0x3f | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    private static byte[] sha1(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            return sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
