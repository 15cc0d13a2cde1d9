package dev.standpoint.core.read;

import dev.standpoint.core.model.TextNormaliser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every hand-labelled sentence of the shared development set must survive reading: after collapsing white space,
 * it occurs in the extracted text of its document. Skips when the shared data is absent.
 */
class GoldSentencesTest {

    private static final Pattern DOC = Pattern.compile("\"doc\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Readers readers = new Readers();

    @Test
    void everyGoldSentenceOccursInTheExtractedTextOfItsDocument() throws Exception {
        Path shared = sharedDirectory();
        Path gold = shared.resolve("eval/dev-gold.jsonl");
        assumeTrue(Files.isRegularFile(gold), "shared evaluation data not found at " + shared);

        Map<String, String> collapsedByDoc = new HashMap<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(gold)) {
            Matcher doc = DOC.matcher(line);
            Matcher text = TEXT.matcher(line);
            if (!doc.find() || !text.find()) {
                continue;
            }
            String docPath = unescape(doc.group(1));
            String extracted = collapsedByDoc.computeIfAbsent(docPath, d -> readCollapsed(shared.resolve(d)));
            String sentence = TextNormaliser.collapseWhitespace(unescape(text.group(1)));
            checked++;
            if (!extracted.contains(sentence)) {
                missing.add(docPath + ": " + sentence);
            }
        }
        assertThat(checked).as("gold sentences checked").isGreaterThan(100);
        assertThat(missing).as("gold sentences not found in the extracted text").isEmpty();
    }

    private String readCollapsed(Path file) {
        try {
            return TextNormaliser.collapseWhitespace(readers.read(file, InputLimits.defaults()).text());
        } catch (ReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * The shared data directory: the {@code standpoint.shared} property when it names a directory (surefire sets it
     * from the parent POM; run from the module directory it can point one level too shallow), else
     * {@code ../../shared} from the module directory.
     */
    static Path sharedDirectory() {
        String property = System.getProperty("standpoint.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("../../shared");
    }

    /** Undoes JSON string escapes (the subset json.dumps writes). */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    @Test
    void unescapeHandlesJsonEscapes() throws IOException {
        assertThat(unescape("a\\\"b\\\\c\\u2019d\\n")).isEqualTo("a\"b\\c\u2019d\n");
    }
}
