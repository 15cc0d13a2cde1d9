package dev.standpoint.core.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads plain text: strict UTF-8 (a UTF-8 byte order mark is skipped, UTF-16 with a byte order mark is decoded),
 * line endings normalised to {@code \n}, one {@link BlockHint#PARAGRAPH} block per run of non-blank lines. A
 * paragraph keeps its characters and internal line breaks exactly.
 */
public final class PlainTextReader implements DocumentReader {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws ReadException {
        String text = Decoding.normaliseLineEndings(Decoding.decode(file, bytes));
        TextAssembler out = new TextAssembler();
        for (String paragraph : paragraphs(text)) {
            out.add(paragraph, BlockHint.PARAGRAPH);
        }
        if (out.isEmpty()) {
            throw new ReadException(file, "no readable text");
        }
        return out.build(format(), Map.of(), List.of());
    }

    /** The runs of non-blank lines of {@code text}; a line of only white space (no-break spaces too) is blank. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (TextAssembler.isBlank(line)) {
                flush(current, paragraphs);
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
