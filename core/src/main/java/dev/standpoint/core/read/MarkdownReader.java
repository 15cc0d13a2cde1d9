package dev.standpoint.core.read;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads Markdown: optional YAML front matter (its keys become metadata; malformed YAML is a warning), then the body
 * parsed with CommonMark. Headings, paragraphs, list items, quotes, code blocks (as paragraphs: transcripts indent
 * lines without meaning code) and HTML blocks become blocks; inline markup is removed and the characters of the
 * text are kept.
 *
 * <p>One repair is made before parsing, found in real converter output: an emphasis delimiter wrapped onto a line
 * of its own ({@code "***Framework  \n***"}) is joined back to its text, since on its own CommonMark reads it as a
 * thematic break or a list marker and leaves stray asterisks in the text.
 */
public final class MarkdownReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern LONE_STARS = Pattern.compile("\\*{1,3}[ \\t\\u00A0]*");

    @Override
    public String format() {
        return "md";
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws ReadException {
        String text = Decoding.normaliseLineEndings(Decoding.decode(file, bytes));
        List<String> warnings = new ArrayList<>();
        FrontMatter frontMatter = FrontMatter.split(text);
        Map<String, String> metadata = frontMatter.metadata(warnings);
        String body = joinWrappedEmphasisClosers(emptyBlankLines(frontMatter.body()));
        TextAssembler out = new TextAssembler();
        new MarkdownBlocks(out, body, !metadata.containsKey(MetadataValues.TITLE))
                .walk(PARSER.parse(body), BlockHint.PARAGRAPH);
        if (out.isEmpty()) {
            throw new ReadException(file, "no readable text");
        }
        out.first(BlockHint.TITLE).ifPresent(t -> MetadataValues.putIfAbsent(metadata, MetadataValues.TITLE, t));
        return out.build(format(), metadata, warnings);
    }

    /**
     * Empties lines made only of white space, the no-break space included: in transcripts such a line separates
     * paragraphs, but CommonMark would read a no-break space as text and join the paragraphs around it.
     */
    static String emptyBlankLines(String body) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() && TextAssembler.isBlank(lines[i])) {
                lines[i] = "";
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Moves a line of only one to three asterisks inside a paragraph that already has asterisks back into the text:
     * onto the end of the line before when the paragraph so far has an odd number of asterisk runs (it closes an
     * open emphasis), else onto the start of the line after (it opens one). Elsewhere such a line keeps its
     * CommonMark meaning (a thematic break, an empty list item).
     */
    static String joinWrappedEmphasisClosers(String body) {
        String[] lines = body.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int runs = 0;
        String carried = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (runs > 0 && carried.isEmpty() && LONE_STARS.matcher(line).matches()) {
                String stars = line.replaceAll("[^*]", "");
                if (runs % 2 == 1) {
                    int last = out.size() - 1;
                    out.set(last, TextAssembler.stripTrailing(out.get(last)) + stars);
                    runs++;
                    continue;
                }
                if (i + 1 < lines.length && !TextAssembler.isBlank(lines[i + 1])) {
                    carried = stars;
                    continue;
                }
            }
            line = prefix(carried, line);
            carried = "";
            runs = TextAssembler.isBlank(line) ? 0 : runs + starRuns(line);
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static String prefix(String stars, String line) {
        if (stars.isEmpty()) {
            return line;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return line.substring(0, indent) + stars + line.substring(indent);
    }

    private static int starRuns(String line) {
        int runs = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '*' && (i == 0 || line.charAt(i - 1) != '*')) {
                runs++;
            }
        }
        return runs;
    }
}
