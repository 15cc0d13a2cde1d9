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
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, end, out);
            } else {
                out.add(new Token(new Span(i, i + 1), String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, new Span(0, text.length()));
    }

    private static int word(String text, int start, int end, List<Token> out) {
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !isPossessive(text, i, end)) {
                i += 2;
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

    /** "U.S", "U.N", "e.g" followed by a period: single letters separated by periods. */
    private static boolean isInitialism(String text, int start, int dot) {
        for (int k = start; k < dot; k++) {
            char c = text.charAt(k);
            boolean letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return (dot - start) % 2 == 1 && dot - start >= 3;
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
