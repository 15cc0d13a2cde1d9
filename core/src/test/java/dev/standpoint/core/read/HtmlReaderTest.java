package dev.standpoint.core.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

class HtmlReaderTest {

    private static final Path FILE = Path.of("page.html");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Quad outlook | Example News</title>
            <meta property="og:title" content="Quad outlook">
            <meta name="author" content="Ada Analyst">
            <meta property="article:published_time" content="2024-04-10T09:30:00-04:00">
            <link rel="canonical" href="https://news.example/quad-outlook">
            <script>var tracking = "SECRET-SCRIPT";</script>
            <style>body { color: red }</style>
            </head><body class="has-sidebar nav-open">
            <header class="site-header"><a href="/">Example News</a> Home | World</header>
            <nav><ul><li>World</li><li>Politics</li></ul></nav>
            <div id="cookie-banner">We use cookies. Accept?</div>
            <article>
              <h1>Quad outlook</h1>
              <div class="share-bar">Share on X</div>
              <p>The four leaders met in <em>Washington</em> on Wednesday.<br>A second line.</p>
              <p><strong>Will the Quad hold?</strong></p>
              <p class="question">Why now?</p>
              <p><b>Q:</b> Partly bold.</p>
              <h2>Background</h2>
              <ul><li>First item</li><li><p>Second item</p></li></ul>
              <blockquote><p>We expect closer cooperation.</p></blockquote>
              <div>Direct text in a div <span>with a span</span>.</div>
              <div class="commentary">Commentary stays.</div>
              <p hidden>Hidden paragraph.</p>
              <noscript>Enable JavaScript.</noscript>
              <template><p>Template text</p></template>
              <footer>Tags: Quad</footer>
            </article>
            <aside>Most read: something else</aside>
            <div class="related-articles"><p>Read also</p></div>
            <footer>Copyright Example News</footer>
            </body></html>
            """;

    private final HtmlReader reader = new HtmlReader();

    private ExtractedText read(String html) throws ReadException {
        ExtractedText t = reader.read(FILE, utf8(html));
        Fixtures.assertWellFormed(t);
        return t;
    }

    @Test
    void articleBlocksWithTheirHints() throws Exception {
        ExtractedText t = read(PAGE);

        assertThat(blockTexts(t)).containsExactly("Quad outlook",
                "The four leaders met in Washington on Wednesday.\nA second line.",
                "Will the Quad hold?", "Why now?", "Q: Partly bold.", "Background", "First item", "Second item",
                "We expect closer cooperation.", "Direct text in a div with a span.", "Commentary stays.");
        assertThat(hints(t)).containsExactly(TITLE, PARAGRAPH, EMPHASIS, EMPHASIS, PARAGRAPH, HEADING, LIST_ITEM,
                LIST_ITEM, QUOTE, PARAGRAPH, PARAGRAPH);
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void metadataFromHead() throws Exception {
        ExtractedText t = read(PAGE);

        assertThat(t.metadata()).containsEntry("title", "Quad outlook").containsEntry("author", "Ada Analyst")
                .containsEntry("date", "2024-04-10")
                .containsEntry("article:published_time", "2024-04-10T09:30:00-04:00")
                .containsEntry("source_url", "https://news.example/quad-outlook").containsEntry("language", "en");
    }

    @Test
    void titleFallsBackToTitleElementThenH1AndDateToTimeElement() throws Exception {
        ExtractedText titled = read("<title> Plain  title </title><p>Text <time datetime=\"2023-02-01\">Feb 1</time></p>");
        assertThat(titled.metadata()).containsEntry("title", "Plain title").containsEntry("date", "2023-02-01");

        ExtractedText untitled = read("<body><h1>From the heading</h1><p>Text.</p></body>");
        assertThat(untitled.metadata()).containsEntry("title", "From the heading");
    }

    @Test
    void hostileContentNeverReachesTheText() throws Exception {
        String html = "<p onclick=\"alert('ONCLICK')\">Visible.</p><script>document.write('SCRIPT')</script>"
                + "<style>.x{content:'STYLE'}</style><noscript>NOSCRIPT</noscript><iframe>IFRAME</iframe>"
                + "<svg><text>SVG</text></svg><template>TEMPLATE</template><button>BUTTON</button>"
                + "<form><input value=\"INPUT\"><textarea>TEXTAREA</textarea></form>"
                + "<div style=\"display: none\">HIDDEN</div><span aria-hidden=\"true\">ARIA</span>"
                + "<!-- COMMENT --><p>Also visible.</p><script>var s = '</p>SCRIPT2';</script>";
        ExtractedText t = read(html);

        assertThat(blockTexts(t)).containsExactly("Visible.", "Also visible.");
    }

    @Test
    void navigationByRoleClassOrIdIsDropped() throws Exception {
        String html = "<div role=\"navigation\">Menu A</div><div class=\"mainMenu\">Menu B</div>"
                + "<ul id=\"breadcrumbs\"><li>Home</li></ul><div class=\"social-links\">Follow</div>"
                + "<div class=\"site-footer\">Footer</div><div id=\"sidebar\">Side</div>"
                + "<div class=\"newsletter-subscribe\">Subscribe</div><div class=\"ad\">Buy</div>"
                + "<section id=\"comments\"><p>A reader comment</p></section>"
                + "<p>The content.</p><div class=\"shared-content\">Shared content stays.</div>";
        ExtractedText t = read(html);

        assertThat(blockTexts(t)).containsExactly("The content.", "Shared content stays.");
    }

    @Test
    void mainIsReadWhenThereIsNoSingleArticle() throws Exception {
        ExtractedText t = read("<div>Outside text</div><main><p>Inside main.</p></main>");

        assertThat(blockTexts(t)).containsExactly("Inside main.");
    }

    @Test
    void aFormWrappingThePageIsKept() throws Exception {
        ExtractedText t = read("<form id=\"aspnetForm\"><h1>Title</h1><p>Body text.</p></form>");

        assertThat(blockTexts(t)).containsExactly("Title", "Body text.");
    }

    @Test
    void malformedHtmlIsRepairedWithOneWarning() throws Exception {
        ExtractedText t = read("<html><body><p>First <b>bold</p><p>Second</i></div></span><table><td>cell</body>");

        assertThat(blockTexts(t)).containsExactly("First bold", "Second", "cell");
        assertThat(t.warnings()).singleElement().asString()
                .matches("malformed HTML repaired: \\d+ parse errors?, first: .+ at \\d+:\\d+");
    }

    @Test
    void preformattedTextKeepsItsLines() throws Exception {
        ExtractedText t = read("<pre>Q    Thanks.\n  A    You're welcome.</pre>");

        assertThat(blockTexts(t)).containsExactly("Q    Thanks.\n  A    You're welcome.");
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u2013 na\u00efve</p></body></html>";
        ExtractedText t = reader.read(FILE, html.getBytes(Charset.forName("windows-1252")));

        assertThat(t.text()).isEqualTo("Caf\u00e9 \u2013 na\u00efve");
    }

    @Test
    void httpEquivCharsetIsHonoured() throws Exception {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Gr\u00fc\u00dfe</p>";
        ExtractedText t = reader.read(FILE, html.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(t.text()).isEqualTo("Gr\u00fc\u00dfe");
    }

    @Test
    void undeclaredNonUtf8IsAnError() {
        byte[] bytes = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(FILE, bytes)).hasMessage("page.html: invalid UTF-8 at byte 6");
    }

    @Test
    void byteOrderMarksAreHonoured() throws Exception {
        byte[] utf16 = PlainTextReaderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<p>Kyōto</p>".getBytes(StandardCharsets.UTF_16LE));
        byte[] utf8 = PlainTextReaderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("<meta charset=\"windows-1252\"><p>Kyōto</p>"));

        assertThat(reader.read(FILE, utf16).text()).isEqualTo("Kyōto");
        assertThat(reader.read(FILE, utf8).text()).isEqualTo("Kyōto");
    }

    @Test
    void unknownCharsetIsAWarningAndUtf8IsUsed() throws Exception {
        ExtractedText t = reader.read(FILE, utf8("<meta charset=\"x-no-such-charset\"><p>Kyōto</p>"));

        assertThat(t.text()).isEqualTo("Kyōto");
        assertThat(t.warnings()).contains("unknown charset 'x-no-such-charset' declared; read as UTF-8");
    }

    @Test
    void aPageOfOnlyBoilerplateHasNoReadableText() {
        String html = "<html><head><title>Empty</title><script>x()</script></head><body><nav>Home</nav>"
                + "<footer>Copyright</footer></body></html>";

        assertThatThrownBy(() -> reader.read(FILE, utf8(html))).hasMessage("page.html: no readable text");
    }
}
