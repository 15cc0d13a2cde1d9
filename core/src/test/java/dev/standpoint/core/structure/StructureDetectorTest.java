package dev.standpoint.core.structure;

import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.QaPair;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.Span;
import dev.standpoint.core.read.BlockHint;
import dev.standpoint.core.read.ExtractedText;
import dev.standpoint.core.read.PlainTextReader;
import dev.standpoint.core.read.TextBlock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Structure detection on fixtures written for these tests (src/test/resources/structure). */
class StructureDetectorTest {

    private final StructureDetector detector = new StructureDetector();

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Reads a fixture through the plain-text reader, as ingest would. */
    Document fixture(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = StructureDetectorTest.class.getResourceAsStream("/structure/" + name)) {
            assertThat(in).as("fixture %s on the test class path", name).isNotNull();
            bytes = in.readAllBytes();
        }
        return plain(name, bytes);
    }

    Document plain(String name, String text) throws Exception {
        return plain(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Document plain(String name, byte[] bytes) throws Exception {
        ExtractedText extracted = new PlainTextReader().read(Path.of(name), bytes);
        Document doc = detector.detect(extracted, name);
        assertWellFormed(doc);
        return doc;
    }

    /** An extracted text made of blocks with hints, as the HTML, Markdown and DOCX readers produce it. */
    static ExtractedText blocks(String format, Map<String, String> metadata, Object... hintAndText) {
        StringBuilder text = new StringBuilder();
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < hintAndText.length; i += 2) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append((String) hintAndText[i + 1]);
            blocks.add(new TextBlock(new Span(start, text.length()), (BlockHint) hintAndText[i]));
        }
        return new ExtractedText(format, text.toString(), blocks, metadata, List.of());
    }

    static String text(Document doc, Paragraph p) {
        return p.span().of(doc.text());
    }

    static List<String> texts(Document doc, Role role) {
        return doc.paragraphs().stream().filter(p -> p.role() == role).map(p -> text(doc, p)).toList();
    }

    static Paragraph paragraphStartingWith(Document doc, String prefix) {
        return doc.paragraphs().stream().filter(p -> text(doc, p).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with '" + prefix + "' in "
                        + doc.paragraphs().stream().map(p -> p.role() + ": " + text(doc, p)).toList()));
    }

    static void assertWellFormed(Document doc) {
        int last = 0;
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraphs().get(i);
            assertThat(p.index()).isEqualTo(i);
            assertThat(p.span().start()).as("paragraphs ordered").isGreaterThanOrEqualTo(last);
            assertThat(text(doc, p)).as("paragraph %d is not blank", i).isNotBlank();
            assertThat(p.qa() >= 0).as("paragraph %d (%s) has a qa number only as a question or answer", i, p.role())
                    .isEqualTo(p.role() == Role.QUESTION || p.role() == Role.ANSWER);
            last = p.span().end();
        }
    }

    // ---- Q&A whose questions are paragraphs --------------------------------------------------------------------

    @Nested
    class PlainQuestionAndAnswer {

        @Test
        void questionsAnswersDisclaimerAndFooterByline() throws Exception {
            Document doc = fixture("qa-plain.txt");

            assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::qa).containsExactly(
                    tuple(Role.QUESTION, 0),
                    tuple(Role.ANSWER, 0),
                    tuple(Role.ANSWER, 0),
                    tuple(Role.QUESTION, 1),
                    tuple(Role.ANSWER, 1),
                    tuple(Role.QUESTION, 2),
                    tuple(Role.ANSWER, 2),
                    tuple(Role.ANSWER, 2),
                    tuple(Role.BOILERPLATE, -1),
                    tuple(Role.BYLINE, -1));
            assertThat(texts(doc, Role.QUESTION)).hasSize(3).allSatisfy(q -> assertThat(q).endsWith("?"));
            assertThat(doc.authors()).containsExactly("Jane Q. Doe");
            assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.speaker()).isNull());
        }

        @Test
        void titleIsTheFirstQuestion() throws Exception {
            Document doc = fixture("qa-plain.txt");

            assertThat(doc.title()).isEqualTo(
                    "How do Nordic experts assess Oslo\u2019s attempts to keep fisheries talks with Russia alive?");
            assertThat(doc.published()).isNull();
        }

        @Test
        void qaPairsGroupTheAnswers() throws Exception {
            Document doc = fixture("qa-plain.txt");

            List<QaPair> pairs = doc.qaPairs();

            assertThat(pairs).hasSize(3);
            assertThat(pairs).extracting(pair -> pair.answer().size()).containsExactly(2, 1, 2);
        }

        @Test
        void rhetoricalQuestionEndingAnAnswerBeforeTheFooterIsNotAQuestion() throws Exception {
            Document doc = plain("rhetorical.txt", """
                    Will the Barents deal hold?

                    Probably, for a while. Both sides need the fish.

                    But for how long?

                      \u2022 Jane Q. Doe
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::qa).containsExactly(
                    tuple(Role.QUESTION, 0), tuple(Role.ANSWER, 0), tuple(Role.ANSWER, 0), tuple(Role.BYLINE, -1));
            assertThat(doc.authors()).containsExactly("Jane Q. Doe");
        }

        @Test
        void questionParagraphsFollowedOnlyByBoilerplateAreNotQuestions() throws Exception {
            Document doc = plain("rhetorical-disclaimer.txt", """
                    Will the Barents deal hold?

                    Probably, for a while. Both sides need the fish.

                    And after that, who knows?

                    The views expressed here are the author\u2019s own.
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(
                    Role.QUESTION, Role.ANSWER, Role.ANSWER, Role.BOILERPLATE);
        }
    }

    // ---- op-eds ------------------------------------------------------------------------------------------------

    @Nested
    class OpEd {

        @Test
        void headerBylineDatelineAndBody() throws Exception {
            Document doc = fixture("oped-header-byline.txt");

            assertThat(doc.title()).isEqualTo("The Quad Needs a Secretariat");
            assertThat(doc.authors()).containsExactly("Jane Roe", "John Doe");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 3, 23));
            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(
                    Role.TITLE, Role.BYLINE, Role.DATELINE, Role.BODY, Role.BODY, Role.BODY);
            assertThat(doc.qaPairs()).isEmpty();
        }

        @Test
        void rhetoricalQuestionAsTheLastParagraphIsBody() throws Exception {
            Document doc = plain("oped-rhetorical.txt", """
                    Why the Arctic Council still matters

                    The council has survived worse than this. Its working groups carry on at a technical level.

                    Is that really too much to ask?
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(
                    Role.TITLE, Role.BODY, Role.BODY);
            assertThat(doc.title()).isEqualTo("Why the Arctic Council still matters");
        }

        @Test
        void rhetoricalQuestionBeforeAFooterBylineIsBody() throws Exception {
            Document doc = plain("oped-rhetorical-footer.txt", """
                    Why the Arctic Council still matters

                    The council has survived worse than this. Its working groups carry on at a technical level.

                    Is that really too much to ask?

                    \u2014 John Doe
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(
                    Role.TITLE, Role.BODY, Role.BODY, Role.BYLINE);
            assertThat(doc.authors()).containsExactly("John Doe");
        }

        @Test
        void oneCapitalisedLeadInIsNotASpeakerTurn() throws Exception {
            Document doc = plain("oped-lead-in.txt", """
                    Why the Arctic Council still matters

                    OSLO: The council has survived worse than this.

                    Its working groups carry on at a technical level.
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::speaker).containsExactly(
                    tuple(Role.TITLE, null), tuple(Role.BODY, null), tuple(Role.BODY, null));
            assertThat(text(doc, doc.paragraphs().get(1))).isEqualTo("OSLO: The council has survived worse than this.");
        }

        @Test
        void initialThatLooksLikeAnAnswerLabelIsKept() throws Exception {
            Document doc = plain("oped-initial.txt", """
                    Why Europe needs a plan

                    A. Wess Mitchell argued last year that Europe must rearm.

                    He was right.
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Role.TITLE, Role.BODY, Role.BODY);
            assertThat(text(doc, doc.paragraphs().get(1)))
                    .isEqualTo("A. Wess Mitchell argued last year that Europe must rearm.");
        }

        @Test
        void authorBioAtTheEndIsBoilerplateAndNamesTheAuthor() throws Exception {
            Document doc = plain("oped-bio.txt", """
                    Keep the Quad informal

                    A secretariat would slow the Quad down, not speed it up.

                    Jane Roe is a senior fellow at the Halden Institute.
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(
                    Role.TITLE, Role.BODY, Role.BOILERPLATE);
            assertThat(doc.authors()).containsExactly("Jane Roe");
        }
    }

    // ---- transcripts -------------------------------------------------------------------------------------------

    @Nested
    class Transcript {

        @Test
        void speakersAndTurns() throws Exception {
            Document doc = fixture("transcript-remarks.txt");

            assertThat(doc.title())
                    .isEqualTo("Remarks by President Okafor and Prime Minister Lindqvist Before Bilateral Meeting");
            assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::speaker, Paragraph::qa)
                    .containsExactly(
                            tuple(Role.TITLE, null, -1),
                            tuple(Role.DATELINE, null, -1),
                            tuple(Role.DATELINE, null, -1),
                            tuple(Role.BODY, "Okafor", -1),
                            tuple(Role.BODY, "Okafor", -1),
                            tuple(Role.BODY, "Lindqvist", -1),
                            tuple(Role.BODY, "Halvorsen", -1),
                            tuple(Role.QUESTION, "Reporter", 0),
                            tuple(Role.QUESTION, "Reporter", 0),
                            tuple(Role.ANSWER, "Okafor", 0),
                            tuple(Role.QUESTION, "Reporter", 1),
                            tuple(Role.ANSWER, "Senior Administration Official", 1),
                            tuple(Role.ANSWER, "Jean-Pierre", 1),
                            tuple(Role.BOILERPLATE, null, -1));
        }

        @Test
        void labelsAreCutFromTheParagraphText() throws Exception {
            Document doc = fixture("transcript-remarks.txt");

            assertThat(text(doc, doc.paragraphs().get(3))).startsWith("Well, good afternoon.");
            assertThat(text(doc, doc.paragraphs().get(7)))
                    .isEqualTo("Mr. President, do you expect a deal on tariffs this week?");
            assertThat(text(doc, doc.paragraphs().get(10))).isEqualTo("And on the Arctic, Prime Minister?");
            assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(text(doc, p)).doesNotStartWith("Q ")
                    .doesNotContain("PRESIDENT:").doesNotStartWith("\u00A0"));
        }

        @Test
        void bareTitleIsResolvedFromATitleWithAWordAfterTheName() throws Exception {
            Document doc = plain("departure.txt", """
                    Remarks by President Okafor Before Marine One Departure

                    South Lawn

                    THE PRESIDENT:  We are going to Ohio.

                    Q    Will you meet the Governor?

                    THE PRESIDENT:  I will.
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::speaker)
                    .containsExactly(null, null, "Okafor", "Reporter", "Okafor");
        }

        @Test
        void bareTitleWithoutATitleToResolveItStaysATitle() throws Exception {
            Document doc = plain("untitled-remarks.txt", """
                    THE VICE PRESIDENT:  Thank you all.

                    Q    One question?

                    THE VICE PRESIDENT:  Go ahead.
                    """);

            assertThat(doc.paragraphs()).extracting(Paragraph::speaker)
                    .containsExactly("Vice President", "Reporter", "Vice President");
        }

        @Test
        void speakerCasingComesFromTheCallback() throws Exception {
            StructureDetector withKb = new StructureDetector(n -> n.equals("Mcdonough") ? "McDonough" : n);
            String text = "MR. MCDONOUGH:  Good morning.\n\nQ    Thanks. A question?\n\nMR. MCDONOUGH:  Sure.";

            Document doc = withKb.detect(new PlainTextReader().read(Path.of("b.txt"), text.getBytes()), "b.txt");

            assertThat(doc.paragraphs()).extracting(Paragraph::speaker)
                    .containsExactly("McDonough", "Reporter", "McDonough");
        }
    }

    // ---- interviews with Q:/A: labels ----------------------------------------------------------------------------

    @Test
    void interviewWithQAndALabels() throws Exception {
        Document doc = fixture("interview-qa-labels.txt");

        assertThat(doc.title()).isEqualTo("Interview: Arctic shipping after the thaw");
        assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::qa).containsExactly(
                tuple(Role.TITLE, -1),
                tuple(Role.QUESTION, 0),
                tuple(Role.ANSWER, 0),
                tuple(Role.QUESTION, 1),
                tuple(Role.ANSWER, 1),
                tuple(Role.ANSWER, 1));
        assertThat(texts(doc, Role.QUESTION)).containsExactly(
                "How busy will the Northern Sea Route be by 2030?", "Why?");
        assertThat(texts(doc, Role.ANSWER).get(0)).isEqualTo("Busier than today, but far from Suez levels.");
    }

    @Test
    void labelledInterviewIgnoresQuestionMarksInAnswers() throws Exception {
        Document doc = plain("interview2.txt", """
                Q: Is the route viable?

                A: Who can say?

                It depends on the ice.
                """);

        assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::qa).containsExactly(
                tuple(Role.QUESTION, 0), tuple(Role.ANSWER, 0), tuple(Role.ANSWER, 0));
    }

    // ---- HTML-like blocks ----------------------------------------------------------------------------------------

    @Nested
    class MarkedUpBlocks {

        @Test
        void boldQuestionsAndQuestionHeadings() {
            ExtractedText extracted = blocks("html", Map.of("title", "Five questions on the Quad"),
                    BlockHint.TITLE, "Five questions on the Quad",
                    BlockHint.PARAGRAPH, "By Jane Roe",
                    BlockHint.EMPHASIS, "Will the Quad hold together?",
                    BlockHint.PARAGRAPH, "I think it will, because the four governments need each other.",
                    BlockHint.HEADING, "What does India want?",
                    BlockHint.PARAGRAPH, "Room to manoeuvre.",
                    BlockHint.PARAGRAPH, "And a seat at every table.",
                    BlockHint.HEADING, "Background",
                    BlockHint.PARAGRAPH, "The Quad met at leader level for the first time in 2021.");

            Document doc = detector.detect(extracted, "quad.html");

            assertWellFormed(doc);
            assertThat(doc.title()).isEqualTo("Five questions on the Quad");
            assertThat(doc.authors()).containsExactly("Jane Roe");
            assertThat(doc.paragraphs()).extracting(Paragraph::role, Paragraph::qa).containsExactly(
                    tuple(Role.TITLE, -1),
                    tuple(Role.BYLINE, -1),
                    tuple(Role.QUESTION, 0),
                    tuple(Role.ANSWER, 0),
                    tuple(Role.QUESTION, 1),
                    tuple(Role.ANSWER, 1),
                    tuple(Role.ANSWER, 1),
                    tuple(Role.HEADING, -1),
                    tuple(Role.BODY, -1));
        }

        @Test
        void metadataGivesTitleAuthorsAndDate() {
            ExtractedText extracted = blocks("html",
                    Map.of("title", "Keep  the Quad\ninformal", "author", "Jane Roe, John Doe", "date", "2021-03-23"),
                    BlockHint.PARAGRAPH, "A secretariat would slow the Quad down.");

            Document doc = detector.detect(extracted, "quad.html");

            assertThat(doc.title()).isEqualTo("Keep the Quad informal");
            assertThat(doc.authors()).containsExactly("Jane Roe", "John Doe");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 3, 23));
            assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Role.BODY);
        }

        @Test
        void authorNamedInMetadataAndBylineIsListedOnce() {
            ExtractedText extracted = blocks("html", Map.of("author", "Jane Roe"),
                    BlockHint.TITLE, "Keep the Quad informal",
                    BlockHint.PARAGRAPH, "By Jane Roe",
                    BlockHint.PARAGRAPH, "A secretariat would slow the Quad down.");

            assertThat(detector.detect(extracted, "quad.html").authors()).containsExactly("Jane Roe");
        }

        @Test
        void yearInTheSourcePathIsKeptWhenThereIsNoDate() {
            ExtractedText extracted = blocks("html", Map.of(), BlockHint.PARAGRAPH, "Nothing dated here.");

            Document doc = detector.detect(extracted, "archive/2019/quad-note.html");

            assertThat(doc.published()).isNull();
            assertThat(doc.metadata()).containsEntry("year", "2019");
        }

        @Test
        void aFileNamedAfterAStateBelongsToTheStateThatSpokeThatYear() {
            StructureDetector withKb = new StructureDetector(n -> n,
                    (code, year) -> code.equals("RUS") && year <= 1991 ? "SUN" : code);
            ExtractedText extracted = blocks("text", Map.of(), BlockHint.PARAGRAPH, "A statement.");

            assertThat(withKb.detect(extracted, "Session 32 - 1977/RUS_32_1977.txt").metadata())
                    .containsEntry("country", "SUN");
            assertThat(withKb.detect(extracted, "Session 70 - 2015/RUS_70_2015.txt").metadata())
                    .containsEntry("country", "RUS");
            assertThat(detector.detect(extracted, "Session 32 - 1977/RUS_32_1977.txt").metadata())
                    .containsEntry("country", "RUS");
        }

        @Test
        void aDocumentAGovernmentPublishedAtItsOwnAddressIsThatStates() {
            StructureDetector withKb = new StructureDetector(n -> n, (code, year) -> code,
                    host -> host.endsWith(".gov") ? Optional.of("USA") : Optional.empty());
            ExtractedText published = blocks("html", Map.of("source_url", "https://www.example.gov/briefing/1"),
                    BlockHint.PARAGRAPH, "A statement.");
            ExtractedText elsewhere = blocks("html", Map.of("source_url", "https://news.example.com/a"),
                    BlockHint.PARAGRAPH, "A statement.");
            ExtractedText malformed = blocks("html", Map.of("source_url", "not an address"),
                    BlockHint.PARAGRAPH, "A statement.");

            assertThat(withKb.detect(published, "briefing.html").metadata()).containsEntry("country", "USA");
            assertThat(withKb.detect(published, "JPN_70_2015.txt").metadata()).containsEntry("country", "JPN");
            assertThat(withKb.detect(elsewhere, "a.html").metadata()).doesNotContainKey("country");
            assertThat(withKb.detect(malformed, "a.html").metadata()).doesNotContainKey("country");
        }
    }

    @Test
    void documentIdDependsOnlyOnTheText() throws Exception {
        Document a = plain("a.txt", "Title\n\nSome body text.");
        Document b = plain("b/c.txt", "Title\n\nSome   body\ntext.");

        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void singleParagraphDocumentIsBodyAndTitledByItsFileName() throws Exception {
        Document doc = plain("notes/arctic-note.txt", "The council will survive.");

        assertThat(doc.title()).isEqualTo("arctic-note");
        assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Role.BODY);
    }
}
