package dev.standpoint.core.text;

import dev.standpoint.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens with their offsets. Deliberately simple and predictable, because
 * the lexicons and patterns of the analysis match on it: a word keeps its internal apostrophes, hyphens and
 * periods ("don't", "well-being", "U.S."), a possessive "'s" is a token of its own, and every other non-space
 * character is a token.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code text.substring(span)}, with spans into {@code text}. */
    public static List<Token> tokenize(String text, Span span) {
        List<Token> out = new ArrayList<>();
        int i = span.start();
        int end = span.end();
        while (i < end) {
            int c = codePointAt(text, i, end);
            int n = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += n;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, end, out);
            } else {
                out.add(new Token(new Span(i, i + n), text.substring(i, i + n)));
                i += n;
            }
        }
        return out;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, new Span(0, text.length()));
    }

    private static int word(String text, int start, int end, List<Token> out) {
        int i = start + Character.charCount(codePointAt(text, start, end));
        while (i < end) {
            int cp = codePointAt(text, i, end);
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(codePointAt(text, i + 1, end))
                    && !isPossessive(text, i, end)) {
                i += 1 + Character.charCount(codePointAt(text, i + 1, end));
            } else if (c == ',' && i + 1 < end && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                i += 2;
            } else if (c == '.' && isInitialism(text, start, i)) {
                i++;
            } else {
                break;
            }
        }
        out.add(new Token(new Span(start, i), text.substring(start, i)));
        if (isPossessive(text, i, end)) {
            out.add(new Token(new Span(i, i + 2), text.substring(i, i + 2)));
            return i + 2;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&';
    }

    /**
     * "U.S", "U.N", "e.g" followed by a period: single letters separated by periods, counted from the last hyphen
     * so that "Non-U.S." keeps its period too.
     */
    private static boolean isInitialism(String text, int wordStart, int dot) {
        int start = Math.max(wordStart, text.lastIndexOf('-', dot - 1) + 1);
        for (int k = start; k < dot; k++) {
            char c = text.charAt(k);
            boolean letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (dot - start) % 2 == 1 && dot - start >= 3;
    }

    /** The code point at {@code i}, without reading a low surrogate at or past {@code end}. */
    private static int codePointAt(String text, int i, int end) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    /** A combining mark: part of the word before it ("e" + U+0301 in decomposed text). */
    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** An apostrophe followed by "s" and then a non-letter: the possessive of the word before it. */
    private static boolean isPossessive(String text, int i, int end) {
        if (i + 1 >= end) {
            return false;
        }
        char a = text.charAt(i);
        char s = text.charAt(i + 1);
        boolean after = i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2));
        return (a == '\'' || a == '\u2019') && (s == 's' || s == 'S') && after;
    }
}
