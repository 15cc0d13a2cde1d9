package dev.standpoint.core.read;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader gets out of a file: plain text with the markup removed, the blocks the markup delimits, metadata
 * the source declares, and warnings about what had to be repaired. Structure detection turns this into a
 * {@link dev.standpoint.core.model.Document}.
 *
 * @param format   the reader's format name ({@code txt}, {@code md}, {@code html}, {@code pdf}, {@code docx})
 * @param text     the plain text; blocks are separated by a blank line
 * @param blocks   the blocks in order, each a span of {@code text}; they do not overlap
 * @param metadata declared metadata with normalised keys: {@code title}, {@code author}, {@code date} (ISO
 *                 {@code yyyy-MM-dd} where the source's value could be parsed), {@code source_url}, and others as read
 * @param warnings what the reader repaired or ignored, each a short sentence ("unclosed <p> at line 12")
 */
public record ExtractedText(
        String format, String text, List<TextBlock> blocks, Map<String, String> metadata, List<String> warnings) {

    public ExtractedText {
        if (format == null || text == null) {
            throw new IllegalArgumentException("format and text are required");
        }
        blocks = List.copyOf(blocks);
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
        warnings = List.copyOf(warnings);
        int last = 0;
        for (TextBlock b : blocks) {
            if (b.span().start() < last || b.span().end() > text.length()) {
                throw new IllegalArgumentException("blocks must be ordered, disjoint spans of the text; got "
                        + b.span() + " after offset " + last + " in text of length " + text.length());
            }
            last = b.span().end();
        }
    }
}
