package dev.standpoint.index.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Converts offsets in a Java string ({@code char}s, UTF-16 code units) to offsets in Unicode code points, the unit
 * REFI-QDA counts selections in. They differ after every character outside the Basic Multilingual Plane (an emoji, a
 * rare CJK ideograph, a mathematical letter), which Java stores as two {@code char}s.
 */
public final class CodePoints {

    /** Where each surrogate pair starts, ascending; empty for most texts. */
    private final int[] pairs;
    private final int length;

    public CodePoints(String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                found.add(i++);
            }
        }
        this.pairs = found.stream().mapToInt(Integer::intValue).toArray();
        this.length = text.length();
    }

    /** The code point offset of {@code charOffset}; equals {@code text.codePointCount(0, charOffset)}. */
    public int offset(int charOffset) {
        if (charOffset < 0 || charOffset > length) {
            throw new IllegalArgumentException("offset " + charOffset + " is outside the text (0–" + length + ")");
        }
        return charOffset - pairsBefore(charOffset);
    }

    /** The text's length in code points. */
    public int length() {
        return offset(length);
    }

    /** How many pairs end at or before {@code charOffset}, i.e. start before {@code charOffset - 1}. */
    private int pairsBefore(int charOffset) {
        int i = Arrays.binarySearch(pairs, charOffset - 1);
        return i >= 0 ? i : -i - 1;
    }
}
