package dev.standpoint.core.read;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads PDF and DOCX with Apache Tika's PDF and OOXML parsers. Tika's XHTML keeps paragraph and heading boundaries
 * (DOCX headings as {@code h1}–{@code h6}, bold runs as {@code b}, PDF paragraphs as {@code p}), which become
 * blocks as in HTML. PDF text is sorted by position; line breaks inside a paragraph become spaces and hyphens at
 * line ends are kept. At most {@value #WRITE_LIMIT} characters are extracted (a warning says so), so that a
 * decompression bomb cannot exhaust memory. Encrypted, damaged and image-only files give one-line errors.
 */
public final class TikaReader implements DocumentReader {

    /** The most characters extracted from one file. */
    public static final int WRITE_LIMIT = 20_000_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String format;
    private final Supplier<Parser> parser;

    private TikaReader(String format, Supplier<Parser> parser) {
        this.format = format;
        this.parser = parser;
    }

    /** A reader for PDF. */
    public static TikaReader pdf() {
        return new TikaReader("pdf", () -> PdfParser.INSTANCE);
    }

    /** A reader for Word 2007+ documents (.docx). */
    public static TikaReader docx() {
        return new TikaReader("docx", () -> DocxParser.INSTANCE);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws ReadException {
        checkSignature(file, bytes);
        List<String> warnings = new ArrayList<>();
        Metadata tikaMetadata = new Metadata();
        Document xhtml = Jsoup.parse(extract(file, bytes, tikaMetadata, warnings), "",
                org.jsoup.parser.Parser.xmlParser());
        TextAssembler out = new TextAssembler();
        Element body = xhtml.selectFirst("body");
        new HtmlBlocks(out, true).walk(body == null ? xhtml : body);
        if (out.isEmpty()) {
            throw new ReadException(file, isPdf() ? "no extractable text (a scanned PDF needs OCR)" : "no readable text");
        }
        return out.build(format, metadata(tikaMetadata), warnings);
    }

    private String extract(Path file, byte[] bytes, Metadata metadata, List<String> warnings) throws ReadException {
        ToXMLContentHandler xml = new ToXMLContentHandler();
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.get().parse(in, new WriteOutContentHandler(xml, WRITE_LIMIT), metadata, context());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                warnings.add("text truncated: only the first " + WRITE_LIMIT + " characters were read");
            } else if (isEncrypted(e)) {
                throw new ReadException(file, "encrypted " + label() + " (a password is required)", e);
            } else {
                throw new ReadException(file, damaged(), e);
            }
        }
        return xml.toString();
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        if (isPdf()) {
            PDFParserConfig config = new PDFParserConfig();
            config.setSortByPosition(true);
            config.setExtractInlineImages(false);
            config.setExtractAnnotationText(false);
            config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            context.set(PDFParserConfig.class, config);
        } else {
            OfficeParserConfig config = new OfficeParserConfig();
            config.setIncludeHeadersAndFooters(false);
            config.setIncludeDeletedContent(false);
            config.setIncludeMoveFromContent(false);
            config.setExtractMacros(false);
            context.set(OfficeParserConfig.class, config);
        }
        return context;
    }

    private void checkSignature(Path file, byte[] bytes) throws ReadException {
        if (isPdf() && !hasPdfHeader(bytes)) {
            throw new ReadException(file, "not a valid PDF (it does not start with %PDF-)");
        }
        if (!isPdf() && !startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            throw new ReadException(file, docxSignatureProblem(bytes));
        }
    }

    private static String docxSignatureProblem(byte[] bytes) {
        if (!startsWith(bytes, OLE2)) {
            return "not a valid DOCX (it is not a Word 2007+ document)";
        }
        return containsUtf16("EncryptionInfo", bytes) ? "encrypted DOCX (a password is required)"
                : "not a valid DOCX (it looks like an old Word .doc file; save it as .docx)";
    }

    private static boolean hasPdfHeader(byte[] bytes) {
        int window = Math.min(bytes.length, PDF_HEADER_WINDOW);
        String head = new String(bytes, 0, window, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static boolean containsUtf16(String name, byte[] bytes) {
        byte[] needle = name.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> metadata(Metadata tika) {
        Map<String, String> out = new TreeMap<>();
        MetadataValues.putIfAbsent(out, MetadataValues.TITLE, tika.get(TikaCoreProperties.TITLE));
        MetadataValues.putIfAbsent(out, MetadataValues.AUTHOR, String.join(", ", tika.getValues(TikaCoreProperties.CREATOR)));
        MetadataValues.putIfAbsent(out, "created", tika.get(TikaCoreProperties.CREATED));
        MetadataValues.putIfAbsent(out, "modified", tika.get(TikaCoreProperties.MODIFIED));
        MetadataValues.putDate(out, "created", tika.get(TikaCoreProperties.CREATED));
        MetadataValues.putDate(out, "modified", tika.get(TikaCoreProperties.MODIFIED));
        MetadataValues.putIfAbsent(out, "page_count", tika.get("xmpTPg:NPages"));
        return out;
    }

    /**
     * The PDF parser, created on first use: it is thread-safe, and loading it (and PDFBox behind it) is left until
     * a PDF is actually read.
     */
    private static final class PdfParser {
        static final Parser INSTANCE = new PDFParser();
    }

    /** The OOXML parser, created on first use like {@link PdfParser} (POI logs through Log4j when it loads). */
    private static final class DocxParser {
        static final Parser INSTANCE = new OOXMLParser();
    }

    private boolean isPdf() {
        return format.equals("pdf");
    }

    private String label() {
        return isPdf() ? "PDF" : "DOCX";
    }

    private String damaged() {
        return isPdf() ? "damaged PDF (it cannot be parsed; the file may be truncated)"
                : "damaged DOCX (it cannot be parsed as a Word document)";
    }
}
