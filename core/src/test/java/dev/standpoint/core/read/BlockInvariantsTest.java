package dev.standpoint.core.read;

import dev.standpoint.core.model.TextNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomised invariants over Unicode-heavy documents: every block's text is {@code text.substring(span)}, blocks are
 * trimmed, ordered, disjoint and joined by a blank line, and no visible character of the source's paragraphs is lost.
 * Each case is reproducible from its seed.
 */
class BlockInvariantsTest {

    private static final String[] WORDS = {"Japan", "Quad", "naïve", "Zürich", "東京", "Москва", "القاهرة", "😀",
            "e\u0301", "Q:", "“quoted”", "—", "U.S.", "2024", "it’s", "(laughter)", "ﬁ", "a\u200Bb", "x"};
    private static final String[] SPACES = {" ", " ", " ", "  ", "\u00A0", "\u00A0 ", "\t", "\u202F"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void plainTextKeepsEveryCharacter(long seed) throws Exception {
        List<String> paragraphs = paragraphs(new Random(seed));
        String source = join(paragraphs, new Random(seed), true);
        ExtractedText t = new PlainTextReader().read(Path.of("r.txt"), Fixtures.utf8(source));

        check(t, paragraphs, seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void markdownKeepsEveryCharacterOfPlainParagraphs(long seed) throws Exception {
        List<String> paragraphs = paragraphs(new Random(seed));
        String source = join(paragraphs, new Random(seed), false);
        ExtractedText t = new MarkdownReader().read(Path.of("r.md"), Fixtures.utf8(source));

        check(t, paragraphs, seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void htmlKeepsEveryCharacterOfItsParagraphs(long seed) throws Exception {
        List<String> paragraphs = paragraphs(new Random(seed));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (String p : paragraphs) {
            html.append(seed % 2 == 0 ? "<p>" : "<div>").append(org.jsoup.nodes.Entities.escape(p))
                    .append(seed % 2 == 0 ? "</p>\n" : "</div>\n");
        }
        ExtractedText t = new HtmlReader().read(Path.of("r.html"), Fixtures.utf8(html + "</body></html>"));

        check(t, paragraphs, seed);
    }

    private static void check(ExtractedText t, List<String> paragraphs, long seed) {
        Fixtures.assertWellFormed(t);
        for (TextBlock b : t.blocks()) {
            assertThat(b.span().of(t.text())).as("seed %d", seed)
                    .isEqualTo(t.text().substring(b.span().start(), b.span().end()));
        }
        for (int i = 1; i < t.blocks().size(); i++) {
            assertThat(t.blocks().get(i).span().overlaps(t.blocks().get(i - 1).span())).isFalse();
        }
        assertThat(TextNormaliser.collapseWhitespace(t.text())).as("seed %d", seed)
                .isEqualTo(TextNormaliser.collapseWhitespace(String.join(" ", paragraphs)));
    }

    private static List<String> paragraphs(Random random) {
        List<String> paragraphs = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            StringBuilder p = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            int words = random.nextInt(30);
            for (int w = 0; w < words; w++) {
                p.append(random.nextInt(6) == 0 ? "\n" : SPACES[random.nextInt(SPACES.length)]);
                p.append(WORDS[random.nextInt(WORDS.length)]);
            }
            paragraphs.add(p.toString());
        }
        return paragraphs;
    }

    /** Joins paragraphs with blank lines of random white space, with CRLF line endings when {@code crlf}. */
    private static String join(List<String> paragraphs, Random random, boolean crlf) {
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "\n \n" : "");
        for (String p : paragraphs) {
            b.append(p).append('\n').append(random.nextBoolean() ? "\u00A0\u00A0\n" : "\n");
        }
        String s = b.toString();
        return crlf && random.nextBoolean() ? s.replace("\n", "\r\n") : s;
    }
}
