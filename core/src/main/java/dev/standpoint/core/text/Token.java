package dev.standpoint.core.text;

import dev.standpoint.core.model.Span;
import java.util.Locale;

/**
 * A word or punctuation mark with its place in the document text.
 *
 * @param span  where it stands in the document text
 * @param text  the token as written
 * @param lower the token lower-cased, with curly apostrophes straightened, for lexicon look-ups
 */
public record Token(Span span, String text, String lower) {

    public Token {
        if (span == null || text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a token needs a span and text");
        }
        if (lower == null) {
            lower = normalise(text);
        }
    }

    public Token(Span span, String text) {
        this(span, text, null);
    }

    public static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
