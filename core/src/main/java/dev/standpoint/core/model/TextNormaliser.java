package dev.standpoint.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Normalisations shared by ids, matching and display. */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Collapses every run of white space (including no-break spaces) to one space and trims. */
    public static String collapseWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code c} is white space, counting the no-break and other Unicode spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * The form used to compare sentences across sources: NFKC, curly quotes and dashes straightened, white space
     * collapsed.
     */
    public static String forMatching(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        return collapseWhitespace(n);
    }

    /** A document id: the first 16 hex digits of the SHA-256 of the text with white space collapsed. */
    public static String contentId(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(collapseWhitespace(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
