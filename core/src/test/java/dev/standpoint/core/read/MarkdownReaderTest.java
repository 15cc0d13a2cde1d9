package dev.standpoint.core.read;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.standpoint.core.read.BlockHint.EMPHASIS;
import static dev.standpoint.core.read.BlockHint.HEADING;
import static dev.standpoint.core.read.BlockHint.LIST_ITEM;
import static dev.standpoint.core.read.BlockHint.PARAGRAPH;
import static dev.standpoint.core.read.BlockHint.QUOTE;
import static dev.standpoint.core.read.BlockHint.TITLE;
import static dev.standpoint.core.read.Fixtures.blockTexts;
import static dev.standpoint.core.read.Fixtures.hints;
import static dev.standpoint.core.read.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownReaderTest {

    private static final Path FILE = Path.of("briefing.md");
    private static final String FRONT_MATTER = """
            ---
            tags: press-briefings
            date: '2021-05-04'
            modified_time: 2021-05-04 19:50:39-04:00
            source_url: https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/05/04/x/
            published_time: 2021-05-04 20:15:00-04:00
            title: "Press Briefing by Press Secretary Jen\\_Psaki, May 4,\\_2021"
            ---
            """;

    private final MarkdownReader reader = new MarkdownReader();

    private ExtractedText read(String markdown) throws ReadException {
        ExtractedText t = reader.read(FILE, utf8(markdown));
        Fixtures.assertWellFormed(t);
        return t;
    }

    @Test
    void frontMatterBecomesNormalisedMetadata() throws Exception {
        ExtractedText t = read(FRONT_MATTER + "\u00A0\nJames S. Brady Press Briefing Room\n");

        assertThat(t.metadata())
                .containsEntry("title", "Press Briefing by Press Secretary Jen Psaki, May 4, 2021")
                .containsEntry("date", "2021-05-04")
                .containsEntry("published_time", "2021-05-04 20:15:00-04:00")
                .containsEntry("modified_time", "2021-05-04 19:50:39-04:00")
                .containsEntry("source_url", "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/05/04/x/")
                .containsEntry("tags", "press-briefings");
        assertThat(blockTexts(t)).containsExactly("James S. Brady Press Briefing Room");
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void authorsDatesAndUrlsUnderOtherKeysAreNormalised() throws Exception {
        ExtractedText t = read("---\nAuthors: [Ada Analyst, Bo Brown]\npublished: May 4, 2021\nurl: https://x.test/a\n"
                + "---\nText.\n");

        assertThat(t.metadata()).containsEntry("author", "Ada Analyst, Bo Brown")
                .containsEntry("date", "2021-05-04").containsEntry("published", "May 4, 2021")
                .containsEntry("source_url", "https://x.test/a");
    }

    @Test
    void anUnparseableDateIsKeptAsWritten() throws Exception {
        ExtractedText t = read("---\ndate: spring 2021\nbyline: Cy Doe\n---\nText.\n");

        assertThat(t.metadata()).containsEntry("date", "spring 2021").containsEntry("author", "Cy Doe");
    }

    @Test
    void malformedFrontMatterIsAWarningNotAFailure() throws Exception {
        ExtractedText t = read("---\ntitle: \"unclosed\nauthor: [a, b\n---\nThe body is still read.\n");

        assertThat(t.metadata()).isEmpty();
        assertThat(t.warnings()).singleElement().asString().startsWith("malformed YAML front matter ignored (");
        assertThat(blockTexts(t)).containsExactly("The body is still read.");
    }

    @Test
    void frontMatterThatIsNotAMapIsIgnoredWithAWarning() throws Exception {
        ExtractedText t = read("---\n- just\n- a list\n---\nBody.\n");

        assertThat(t.metadata()).isEmpty();
        assertThat(t.warnings()).hasSize(1);
    }

    @Test
    void unclosedFrontMatterIsReadAsText() throws Exception {
        ExtractedText t = read("---\ntitle: x\n\nBody.\n");

        assertThat(blockTexts(t)).containsExactly("title: x", "Body.");
    }

    @Test
    void firstLevelOneHeadingIsTheTitleUnlessFrontMatterHasOne() throws Exception {
        String body = "# Main title\n\nIntro.\n\n## Section\n\n# Another top heading\n";

        ExtractedText plain = read(body);
        assertThat(hints(plain)).containsExactly(TITLE, PARAGRAPH, HEADING, HEADING);
        assertThat(plain.metadata()).containsEntry("title", "Main title");

        ExtractedText withTitle = read(FRONT_MATTER + body);
        assertThat(hints(withTitle)).containsExactly(HEADING, PARAGRAPH, HEADING, HEADING);
    }

    @Test
    void wholeBoldParagraphIsEmphasis() throws Exception {
        ExtractedText t = read("**Q: Will sanctions work?**  \n\n*An aside in italics.*\n\n"
                + "**Q** Partly bold question?\n\n***Both bold and italic***\n");

        assertThat(blockTexts(t)).containsExactly("Q: Will sanctions work?", "An aside in italics.",
                "Q Partly bold question?", "Both bold and italic");
        assertThat(hints(t)).containsExactly(EMPHASIS, EMPHASIS, PARAGRAPH, EMPHASIS);
    }

    @Test
    void listsAndQuotes() throws Exception {
        ExtractedText t = read("-   First point that\n    wraps.\n-   Second point.\n\n<!-- -->\n\n"
                + "3. Our common goals\n4. More goals\n\n> A quoted line\n> continues.\n");

        assertThat(blockTexts(t)).containsExactly("First point that\nwraps.", "Second point.",
                "3. Our common goals", "4. More goals", "A quoted line\ncontinues.");
        assertThat(hints(t)).containsExactly(LIST_ITEM, LIST_ITEM, LIST_ITEM, LIST_ITEM, QUOTE);
    }

    @Test
    void inlineMarkupIsRemovedAndCharactersKept() throws Exception {
        ExtractedText t = read("See [the report](https://x.test/r.pdf) and ![a chart](c.png), `code`, "
                + "<u>underlined</u>, AT&amp;T, \\[corporations\\] and a hard  \nbreak.\n");

        assertThat(t.text()).isEqualTo(
                "See the report and a chart, code, underlined, AT&T, [corporations] and a hard\nbreak.");
    }

    @Test
    void transcriptLinesKeepTheirSpacing() throws Exception {
        ExtractedText t = read("Q\u00A0\u00A0\u00A0 Thanks, Jen.\n\nQ    Thanks, Jen.\n\nMR. KIRBY:  Yes.\n");

        assertThat(blockTexts(t)).containsExactly("Q\u00A0\u00A0\u00A0 Thanks, Jen.", "Q    Thanks, Jen.",
                "MR. KIRBY:  Yes.");
    }

    @Test
    void indentedAndFencedCodeAreParagraphsOfLiteralText() throws Exception {
        ExtractedText t = read("Intro.\n\n    Q    Indented **not bold** line\n    second line\n\n```\nfenced *x*\n```\n");

        assertThat(blockTexts(t)).containsExactly("Intro.", "Q    Indented **not bold** line\nsecond line",
                "fenced *x*");
        assertThat(hints(t)).containsOnly(PARAGRAPH);
    }

    @Test
    void aMultiLineSetextHeadingIsAParagraph() throws Exception {
        ExtractedText t = read("A hard-wrapped sentence that\nruns on to a second line\n---\n\nHeading\n===\n");

        assertThat(blockTexts(t)).containsExactly("A hard-wrapped sentence that\nruns on to a second line", "Heading");
        assertThat(hints(t)).containsExactly(PARAGRAPH, TITLE);
    }

    @Test
    void thematicBreaksAreSkipped() throws Exception {
        assertThat(blockTexts(read("One.\n\n------\n\nTwo.\n"))).containsExactly("One.", "Two.");
    }

    @Test
    void emphasisDelimitersWrappedOntoTheirOwnLineAreJoinedBack() throws Exception {
        ExtractedText t = read("***U.S.-Africa Food Security Framework  \n***  \nTo meet these goals.\n\n"
                + "*Hosted by the Institute*  \n*  \nAs Prepared for Delivery*\n\n"
                + "*Key Recommendations Include:  \n*  \n");

        assertThat(t.text()).doesNotContain("*");
        assertThat(blockTexts(t)).containsExactly("U.S.-Africa Food Security Framework\nTo meet these goals.",
                "Hosted by the Institute\nAs Prepared for Delivery", "Key Recommendations Include:");
    }

    @Test
    void htmlBlocksGiveTheirTextButNeverScript() throws Exception {
        ExtractedText t = read("<figure>\n<img src=\"x.png\" alt=\"\">\n<figcaption>Leaders at the summit</figcaption>\n"
                + "</figure>\n\n<div>\n<script>alert('x')</script>\n</div>\n\nAfter.\n");

        assertThat(blockTexts(t)).containsExactly("Leaders at the summit", "After.");
    }

    @Test
    void emptyBodyHasNoReadableText() {
        assertThatThrownBy(() -> reader.read(FILE, utf8(FRONT_MATTER + "\n<!-- -->\n\n---\n")))
                .hasMessage("briefing.md: no readable text");
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bytes = PlainTextReaderTest.concat(utf8("# T\n\n"), new byte[] {(byte) 0xFF});

        assertThatThrownBy(() -> reader.read(FILE, bytes)).hasMessage("briefing.md: invalid UTF-8 at byte 5");
    }
}
