package dev.standpoint.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Strict decoding of text files: byte order marks honoured, invalid bytes reported with their offset. */
final class Decoding {

    private Decoding() {
    }

    /** The charset a byte order mark at the start of {@code bytes} declares, or {@code null}. */
    static Charset bomCharset(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Whether the content starts with a UTF-16 byte order mark (such text has NUL bytes). */
    static boolean isUtf16(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        return bom != null && bom != StandardCharsets.UTF_8;
    }

    /** Decodes by byte order mark, else as UTF-8; the mark itself is skipped. */
    static String decode(Path file, byte[] bytes) throws ReadException {
        Charset bom = bomCharset(bytes);
        if (bom == null) {
            return decode(file, bytes, 0, StandardCharsets.UTF_8);
        }
        return decode(file, bytes, bom == StandardCharsets.UTF_8 ? 3 : 2, bom);
    }

    /** Decodes {@code bytes} from {@code offset} strictly; an invalid sequence names its byte offset. */
    static String decode(Path file, byte[] bytes, int offset, Charset charset) throws ReadException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ReadException(file, "invalid " + displayName(charset) + " at byte " + in.position());
        }
        return out.flip().toString();
    }

    /** Replaces CRLF and lone CR with LF. */
    static String normaliseLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String displayName(Charset charset) {
        String name = charset.name();
        return name.startsWith("UTF-16") ? "UTF-16" : name;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
