package dev.standpoint.core.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads HTML with jsoup. The charset comes from a byte order mark or {@code <meta charset>}, else the file must be
 * valid UTF-8. Boilerplate (scripts, navigation, headers and footers, sidebars, cookie banners, share bars...) is
 * removed; when the page has one {@code <article>} or a {@code <main>}, only that is read. Tag soup is repaired,
 * with one warning that counts the parse errors.
 */
public final class HtmlReader implements DocumentReader {

    private static final int MAX_TRACKED_ERRORS = 20;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws ReadException {
        List<String> warnings = new ArrayList<>();
        String html = HtmlCharset.decode(file, bytes, warnings);
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_TRACKED_ERRORS);
        Document doc = Jsoup.parse(html, "", parser);
        repairWarning(parser.getErrors(), warnings);
        Map<String, String> metadata = HtmlMetadata.of(doc);
        HtmlCleaner.clean(doc);
        TextAssembler out = new TextAssembler();
        new HtmlBlocks(out, true).walk(HtmlCleaner.contentRoot(doc));
        if (out.isEmpty()) {
            throw new ReadException(file, "no readable text");
        }
        out.first(BlockHint.TITLE).ifPresent(t -> MetadataValues.putIfAbsent(metadata, MetadataValues.TITLE, t));
        return out.build(format(), metadata, warnings);
    }

    private static void repairWarning(ParseErrorList errors, List<String> warnings) {
        if (errors.isEmpty()) {
            return;
        }
        String count = errors.size() >= MAX_TRACKED_ERRORS ? MAX_TRACKED_ERRORS + " or more parse errors"
                : errors.size() == 1 ? "1 parse error" : errors.size() + " parse errors";
        warnings.add("malformed HTML repaired: " + count + ", first: " + errors.get(0).getErrorMessage()
                + " at " + errors.get(0).getCursorPos());
    }
}
