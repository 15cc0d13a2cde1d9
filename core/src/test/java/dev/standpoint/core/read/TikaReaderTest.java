package dev.standpoint.core.read;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.standpoint.core.read.Fixtures.blockTexts;
import static dev.standpoint.core.read.Fixtures.hints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TikaReaderTest {

    private static final Path PDF = Path.of("report.pdf");
    private static final Path DOCX = Path.of("interview.docx");
    private static final List<List<String>> PARAGRAPHS = List.of(
            List.of("We assess that the ceasefire is unlikely to hold through the", "winter, given the build-"),
            List.of("up of forces on both sides."));

    private final TikaReader pdf = TikaReader.pdf();
    private final TikaReader docx = TikaReader.docx();

    @Test
    void pdfParagraphsBecomeBlocksWithLineBreaksAsSpacesAndHyphensKept() throws Exception {
        ExtractedText t = pdf.read(PDF, Fixtures.pdf(PARAGRAPHS, "Ceasefire outlook", null));

        assertThat(t.format()).isEqualTo("pdf");
        assertThat(blockTexts(t)).containsExactly(
                "We assess that the ceasefire is unlikely to hold through the winter, given the build-",
                "up of forces on both sides.");
        assertThat(hints(t)).containsOnly(BlockHint.PARAGRAPH);
        Fixtures.assertWellFormed(t);
    }

    @Test
    void pdfMetadataGivesTitleAndAuthor() throws Exception {
        ExtractedText t = pdf.read(PDF, Fixtures.pdf(PARAGRAPHS, "Ceasefire outlook", null));

        assertThat(t.metadata()).containsEntry("title", "Ceasefire outlook").containsEntry("author", "Ada Analyst")
                .containsEntry("page_count", "1");
    }

    @Test
    void encryptedPdfAsksForAPassword() throws Exception {
        byte[] bytes = Fixtures.pdf(PARAGRAPHS, null, "user-secret");

        assertThatThrownBy(() -> pdf.read(PDF, bytes)).isInstanceOf(ReadException.class)
                .hasMessage("report.pdf: encrypted PDF (a password is required)");
    }

    @Test
    void truncatedPdfIsDamagedWithAShortReason() throws Exception {
        byte[] bytes = Fixtures.pdf(PARAGRAPHS, null, null);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> pdf.read(PDF, truncated)).isInstanceOf(ReadException.class)
                .hasMessage("report.pdf: damaged PDF (it cannot be parsed; the file may be truncated)");
    }

    @Test
    void pdfWithoutATextLayerNeedsOcr() throws Exception {
        assertThatThrownBy(() -> pdf.read(PDF, Fixtures.pdfWithoutText()))
                .hasMessage("report.pdf: no extractable text (a scanned PDF needs OCR)");
    }

    @Test
    void bytesThatAreNotAPdfAreRefusedBeforeParsing() {
        assertThatThrownBy(() -> pdf.read(PDF, Fixtures.utf8("<html>not a pdf</html>")))
                .hasMessage("report.pdf: not a valid PDF (it does not start with %PDF-)");
    }

    @Test
    void docxHeadingsBoldQuestionAndParagraphs() throws Exception {
        ExtractedText t = docx.read(DOCX, Fixtures.docx());

        assertThat(t.format()).isEqualTo("docx");
        assertThat(blockTexts(t)).containsExactly("Interview on the Quad", "Will the Quad hold together?",
                "I think it will, because the four governments need each other.", "Background",
                "The Quad met at leader level for the first time in 2021.");
        assertThat(hints(t)).containsExactly(BlockHint.TITLE, BlockHint.EMPHASIS, BlockHint.PARAGRAPH,
                BlockHint.HEADING, BlockHint.PARAGRAPH);
        Fixtures.assertWellFormed(t);
    }

    @Test
    void docxMetadataGivesTitleAuthorAndIsoDate() throws Exception {
        ExtractedText t = docx.read(DOCX, Fixtures.docx());

        assertThat(t.metadata()).containsEntry("title", "Quad interview").containsEntry("author", "Ada Analyst")
                .containsEntry("date", "2023-11-14").containsEntry("created", "2023-11-14T22:13:20Z");
    }

    @Test
    void encryptedDocxAsksForAPassword() throws Exception {
        byte[] bytes = Fixtures.encryptedDocx(Fixtures.docx(), "secret");

        assertThatThrownBy(() -> docx.read(DOCX, bytes))
                .hasMessage("interview.docx: encrypted DOCX (a password is required)");
    }

    @Test
    void truncatedDocxIsDamaged() throws Exception {
        byte[] bytes = Fixtures.docx();
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> docx.read(DOCX, truncated))
                .hasMessage("interview.docx: damaged DOCX (it cannot be parsed as a Word document)");
    }

    @Test
    void docxSignatureIsChecked() {
        assertThatThrownBy(() -> docx.read(DOCX, Fixtures.utf8("plain text renamed")))
                .hasMessage("interview.docx: not a valid DOCX (it is not a Word 2007+ document)");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> docx.read(DOCX, ole2))
                .hasMessage("interview.docx: not a valid DOCX (it looks like an old Word .doc file; save it as .docx)");
    }

    @Test
    void docxWithoutTextHasNoReadableText() throws Exception {
        assertThatThrownBy(() -> docx.read(DOCX, Fixtures.emptyDocx()))
                .hasMessage("interview.docx: no readable text");
    }

    @Test
    void messagesNeverNameExceptionClasses() throws Exception {
        byte[] bytes = Fixtures.pdf(PARAGRAPHS, null, null);
        for (int cut : new int[] {10, 100, bytes.length / 3, bytes.length / 2}) {
            try {
                pdf.read(PDF, Arrays.copyOf(bytes, cut));
            } catch (ReadException e) {
                assertThat(e.getMessage()).doesNotContain("Exception", "org.", "java.").doesNotContain("\n");
            }
        }
    }
}
