package dev.standpoint.core.read;

import dev.standpoint.core.model.Span;
import dev.standpoint.core.model.TextNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the text of an {@link ExtractedText} block by block: each block is trimmed of white space at its edges,
 * blank blocks are skipped, white-space-only lines inside a block are dropped (so that a blank line only ever
 * separates blocks), and blocks are joined with {@code "\n\n"}.
 */
final class TextAssembler {

    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();

    /** Adds a block unless it is blank. */
    void add(CharSequence raw, BlockHint hint) {
        String block = dropBlankLines(Decoding.normaliseLineEndings(raw.toString()));
        if (block.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(block);
        blocks.add(new TextBlock(new Span(start, text.length()), hint));
    }

    /** The text of the first block with {@code hint}, if any. */
    Optional<String> first(BlockHint hint) {
        return blocks.stream().filter(b -> b.hint() == hint).findFirst().map(b -> b.span().of(text));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    ExtractedText build(String format, Map<String, String> metadata, List<String> warnings) {
        return new ExtractedText(format, text.toString(), blocks, metadata, warnings);
    }

    /** Trims white space (Unicode spaces included) and removes lines that hold only white space. */
    static String dropBlankLines(String s) {
        String trimmed = strip(s);
        if (trimmed.indexOf('\n') < 0) {
            return trimmed;
        }
        StringBuilder b = new StringBuilder(trimmed.length());
        for (String line : trimmed.split("\n", -1)) {
            if (!isBlank(line)) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(line);
            }
        }
        return b.toString();
    }

    /** Whether {@code s} is empty or only white space, counting no-break and other Unicode spaces. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextNormaliser.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without white space (Unicode spaces included) at its end. */
    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && TextNormaliser.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code s} without white space (Unicode spaces included) at either end. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && TextNormaliser.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && TextNormaliser.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
