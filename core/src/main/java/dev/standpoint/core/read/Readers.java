package dev.standpoint.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks a {@link DocumentReader} by file extension and checks a file before and after reading it. Each problem
 * gives one {@link ReadException} line, in this order: not found or not a regular file; unsupported type; not
 * readable; empty; larger than the {@link InputLimits}; binary content where text is expected; then whatever the
 * reader finds (invalid UTF-8, not a valid PDF, encrypted...); finally, no readable text.
 *
 * <p>Supported extensions, case-insensitive: txt, text, md, markdown, html, htm, xhtml, pdf, docx.
 */
public final class Readers {

    private static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final Set<String> TEXT_FORMATS = Set.of("txt", "md", "html");

    private final Map<String, DocumentReader> byExtension;
    private final String supported;

    /** The standard readers. */
    public Readers() {
        DocumentReader text = new PlainTextReader();
        DocumentReader markdown = new MarkdownReader();
        DocumentReader html = new HtmlReader();
        Map<String, DocumentReader> m = new LinkedHashMap<>();
        m.put("txt", text);
        m.put("text", text);
        m.put("md", markdown);
        m.put("markdown", markdown);
        m.put("html", html);
        m.put("htm", html);
        m.put("xhtml", html);
        m.put("pdf", TikaReader.pdf());
        m.put("docx", TikaReader.docx());
        byExtension = Map.copyOf(m);
        supported = String.join(", ", m.keySet());
    }

    /** Whether a reader exists for the file's extension (the file itself is not looked at). */
    public boolean supports(Path file) {
        return readerFor(file).isPresent();
    }

    /** The reader for the file's extension. */
    public Optional<DocumentReader> readerFor(Path file) {
        return Optional.ofNullable(byExtension.get(extension(file)));
    }

    /** The supported extensions, comma-separated. */
    public String supportedExtensions() {
        return supported;
    }

    /**
     * Checks and reads one file.
     *
     * @throws ReadException with a one-line reason when the file cannot be read as a document
     */
    public ExtractedText read(Path file, InputLimits limits) throws ReadException {
        checkRegularFile(file);
        DocumentReader reader = readerFor(file).orElseThrow(() -> unsupported(file));
        byte[] bytes = load(file, limits);
        if (TEXT_FORMATS.contains(reader.format()) && isBinary(bytes)) {
            throw new ReadException(file, "binary content, not text");
        }
        ExtractedText text = readSafely(reader, file, bytes);
        if (TextAssembler.isBlank(text.text())) {
            throw new ReadException(file, "no readable text");
        }
        return text;
    }

    /** Reads, turning a failure inside a parsing library into a {@link ReadException} that keeps it as cause. */
    private static ExtractedText readSafely(DocumentReader reader, Path file, byte[] bytes) throws ReadException {
        try {
            return reader.read(file, bytes);
        } catch (RuntimeException e) {
            throw new ReadException(file, "cannot read: unexpected failure in the " + reader.format() + " reader", e);
        }
    }

    private ReadException unsupported(Path file) {
        String extension = extension(file);
        String type = extension.isEmpty() ? "unsupported file type (no extension; "
                : "unsupported file type '." + extension + "' (";
        return new ReadException(file, type + "supported: " + supported + ")");
    }

    private static void checkRegularFile(Path file) throws ReadException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new ReadException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new ReadException(file, "not a regular file (it is a directory)");
        }
        if (!Files.isRegularFile(file)) {
            throw new ReadException(file, "not a regular file");
        }
    }

    private static byte[] load(Path file, InputLimits limits) throws ReadException {
        if (!Files.isReadable(file)) {
            throw new ReadException(file, "cannot read: permission denied");
        }
        long size = size(file);
        if (size == 0) {
            throw new ReadException(file, "empty file");
        }
        checkSize(file, size, limits);
        byte[] bytes = readAtMost(file, limits.maxBytes() + 1);
        checkSize(file, bytes.length, limits);
        if (bytes.length == 0) {
            throw new ReadException(file, "empty file");
        }
        return bytes;
    }

    private static void checkSize(Path file, long size, InputLimits limits) throws ReadException {
        if (size > limits.maxBytes()) {
            throw new ReadException(file, "too large: " + SizeFormat.of(size) + " exceeds the "
                    + SizeFormat.limit(limits.maxBytes()) + " limit (set STANDPOINT_MAX_FILE_MB to raise it)");
        }
    }

    private static long size(Path file) throws ReadException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    private static byte[] readAtMost(Path file, long max) throws ReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(max, InputLimits.MAX_SUPPORTED_BYTES));
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    private static ReadException ioProblem(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ReadException(file, "cannot read: permission denied", e);
        }
        if (e instanceof NoSuchFileException) {
            return new ReadException(file, "file not found", e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : "input/output error";
        return new ReadException(file, "cannot read: " + reason.toLowerCase(Locale.ROOT), e);
    }

    /**
     * Whether the first 8 KB look binary: a NUL byte, or more than 10 % control characters other than tab, line
     * feed, carriage return and form feed. UTF-16 text with a byte order mark is not binary.
     */
    static boolean isBinary(byte[] bytes) {
        if (Decoding.isUtf16(bytes)) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
