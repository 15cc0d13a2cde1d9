package dev.standpoint.core.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Test documents made in code: PDFs with PDFBox, DOCX files with Apache POI, and small helpers. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, utf8(text));
    }

    /** The text of each block, in order. */
    static List<String> blockTexts(ExtractedText t) {
        return t.blocks().stream().map(b -> b.span().of(t.text())).toList();
    }

    /** The hint of each block, in order. */
    static List<BlockHint> hints(ExtractedText t) {
        return t.blocks().stream().map(TextBlock::hint).toList();
    }

    /** Asserts the invariants every reader keeps: blocks are spans of the text, trimmed, joined by a blank line. */
    static void assertWellFormed(ExtractedText t) {
        int last = -2;
        for (TextBlock b : t.blocks()) {
            String text = b.span().of(t.text());
            assertThat(text).isNotEmpty().isEqualTo(t.text().substring(b.span().start(), b.span().end()));
            assertThat(TextAssembler.strip(text)).isEqualTo(text);
            assertThat(text).doesNotContain("\n\n");
            assertThat(b.span().start()).isEqualTo(last + 2);
            if (last >= 0) {
                assertThat(t.text().substring(last, b.span().start())).isEqualTo("\n\n");
            }
            last = b.span().end();
        }
        assertThat(last).isEqualTo(t.text().length());
    }

    /** A one-page PDF with paragraphs of lines in Helvetica; a paragraph is a list of lines. */
    static byte[] pdf(List<List<String>> paragraphs, String title, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            writeLines(doc, page, paragraphs);
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
                doc.getDocumentInformation().setAuthor("Ada Analyst");
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose only page has no text (as a scan without OCR would be). */
    static byte[] pdfWithoutText() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.addRect(100, 100, 200, 200);
                s.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void writeLines(PDDocument doc, PDPage page, List<List<String>> paragraphs) throws IOException {
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.beginText();
            s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            s.newLineAtOffset(72, 720);
            for (List<String> paragraph : paragraphs) {
                for (String line : paragraph) {
                    s.showText(line);
                    s.newLineAtOffset(0, -14);
                }
                s.newLineAtOffset(0, -20);
            }
            s.endText();
        }
    }

    /** A DOCX with a title, a heading, a bold question, an answer and core properties. */
    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            addHeadingStyles(doc);
            paragraph(doc, "Heading1", "Interview on the Quad", false);
            paragraph(doc, null, "Will the Quad hold together?", true);
            paragraph(doc, null, "I think it will, because the four governments need each other.", false);
            paragraph(doc, "Heading2", "Background", false);
            paragraph(doc, null, "The Quad met at leader level for the first time in 2021.", false);
            doc.getProperties().getCoreProperties().setTitle("Quad interview");
            doc.getProperties().getCoreProperties().setCreator("Ada Analyst");
            doc.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_700_000_000_000L)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** {@code docx} encrypted with agile encryption under {@code password}: an OLE2 container, as Word writes it. */
    static byte[] encryptedDocx(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with no text at all. */
    static byte[] emptyDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String style, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            CTString name = CTString.Factory.newInstance();
            name.setVal("heading " + level);
            style.setName(name);
            styles.addStyle(new XWPFStyle(style));
        }
    }
}
