package dev.standpoint.core.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of an HTML file: a byte order mark first, then a {@code <meta charset>} (or {@code http-equiv}) or XML
 * declaration in the first 4 KB, else UTF-8. Decoding is strict: bytes invalid in that charset are an error, not
 * replacement characters in the text.
 */
final class HtmlCharset {

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** Decodes {@code bytes} by byte order mark, declared charset or UTF-8; an unknown declaration is a warning. */
    static String decode(Path file, byte[] bytes, List<String> warnings) throws ReadException {
        if (Decoding.bomCharset(bytes) != null) {
            return Decoding.decode(file, bytes);
        }
        String declared = declared(bytes);
        Charset charset = declared == null ? StandardCharsets.UTF_8 : lookup(declared, warnings);
        return Decoding.decode(file, bytes, 0, charset);
    }

    /** The charset name declared in the first 4 KB, or {@code null}. */
    static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static Charset lookup(String name, List<String> warnings) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("utf-16") || lower.equals("utf16")) {
            // As browsers do: a UTF-16 declaration without a byte order mark cannot be right.
            return StandardCharsets.UTF_8;
        }
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")
                || lower.equals("ascii")) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            warnings.add("unknown charset '" + name + "' declared; read as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }
}
