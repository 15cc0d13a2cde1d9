package dev.standpoint.core.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static dev.standpoint.core.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class ReadersTest {

    private static final InputLimits LIMITS = InputLimits.defaults();

    @TempDir
    Path dir;

    private final Readers readers = new Readers();

    @Test
    void picksTheReaderByExtensionIgnoringCase() throws Exception {
        assertThat(readers.read(write(dir, "a.TXT", "Plain."), LIMITS).format()).isEqualTo("txt");
        assertThat(readers.read(write(dir, "a.text", "Plain."), LIMITS).format()).isEqualTo("txt");
        assertThat(readers.read(write(dir, "b.Markdown", "# Md"), LIMITS).format()).isEqualTo("md");
        assertThat(readers.read(write(dir, "c.HTM", "<p>Html</p>"), LIMITS).format()).isEqualTo("html");
        assertThat(readers.read(write(dir, "c.xhtml", "<p>Html</p>"), LIMITS).format()).isEqualTo("html");
        assertThat(readers.read(write(dir, "d.pdf", Fixtures.pdf(List.of(List.of("Pdf text.")), null, null)), LIMITS)
                .format()).isEqualTo("pdf");
        assertThat(readers.read(write(dir, "e.DOCX", Fixtures.docx()), LIMITS).format()).isEqualTo("docx");
    }

    @Test
    void supportsLooksOnlyAtTheExtension() {
        assertThat(readers.supports(Path.of("x/report.PDF"))).isTrue();
        assertThat(readers.supports(Path.of("notes.md"))).isTrue();
        assertThat(readers.supports(Path.of("sheet.xlsx"))).isFalse();
        assertThat(readers.supports(Path.of("README"))).isFalse();
        assertThat(readers.supportedExtensions()).isEqualTo("txt, text, md, markdown, html, htm, xhtml, pdf, docx");
    }

    @Test
    void unsupportedTypeListsWhatIsSupported() throws Exception {
        Path file = write(dir, "data.xyz", "x");

        assertThatThrownBy(() -> readers.read(file, LIMITS)).isInstanceOf(ReadException.class)
                .hasMessage(file + ": unsupported file type '.xyz' (supported: txt, text, md, markdown, html, htm, "
                        + "xhtml, pdf, docx)");
        Path none = write(dir, "README", "x");
        assertThatThrownBy(() -> readers.read(none, LIMITS))
                .hasMessageStartingWith(none + ": unsupported file type (no extension; supported: txt");
    }

    @Test
    void missingFileAndDirectory() throws Exception {
        Path missing = dir.resolve("missing.txt");
        Path directory = Files.createDirectory(dir.resolve("folder.md"));

        assertThatThrownBy(() -> readers.read(missing, LIMITS)).hasMessage(missing + ": file not found");
        assertThatThrownBy(() -> readers.read(directory, LIMITS))
                .hasMessage(directory + ": not a regular file (it is a directory)");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = write(dir, "empty.md", new byte[0]);

        assertThatThrownBy(() -> readers.read(file, LIMITS)).hasMessage(file + ": empty file");
    }

    @Test
    void tooLargeSaysBySizeAndHowToRaiseTheLimit() throws Exception {
        Path file = write(dir, "big.txt", "x".repeat(2048));

        assertThatThrownBy(() -> readers.read(file, new InputLimits(1024)))
                .hasMessage(file + ": too large: 2.0 KB exceeds the 1 KB limit (set STANDPOINT_MAX_FILE_MB to raise it)");
        assertThat(readers.read(file, new InputLimits(2048)).text()).hasSize(2048);
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertThat(SizeFormat.of(64_172_851)).isEqualTo("61.2 MB");
        assertThat(SizeFormat.limit(InputLimits.DEFAULT_MAX_BYTES)).isEqualTo("50 MB");
        assertThat(SizeFormat.of(900)).isEqualTo("900 bytes");
        assertThat(SizeFormat.limit(1000)).isEqualTo("1000 bytes");
        assertThat(SizeFormat.limit(1536)).isEqualTo("1.5 KB");
    }

    @Test
    void binaryContentForATextFormat() throws Exception {
        Path nul = write(dir, "image.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 5 == 0 ? 0x01 : 'a');
        }
        Path control = write(dir, "noise.md", controls);

        assertThatThrownBy(() -> readers.read(nul, LIMITS)).hasMessage(nul + ": binary content, not text");
        assertThatThrownBy(() -> readers.read(control, LIMITS)).hasMessage(control + ": binary content, not text");
    }

    @Test
    void utf16WithByteOrderMarkIsNotBinary() throws Exception {
        byte[] bytes = PlainTextReaderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Hello".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(readers.read(write(dir, "u.txt", bytes), LIMITS).text()).isEqualTo("Hello");
    }

    @Test
    void aFewControlCharactersAreStillText() throws Exception {
        Path file = write(dir, "form-feed.txt", "Page one.\f\nPage two.\u0007 Bell.");

        assertThat(readers.read(file, LIMITS).text()).contains("Page two.");
    }

    @Test
    void wrongMagicBytesForPdfAndDocx() throws Exception {
        Path pdf = write(dir, "fake.pdf", "<html>not a pdf</html>");
        Path docx = write(dir, "fake.docx", "not a zip");

        assertThatThrownBy(() -> readers.read(pdf, LIMITS)).hasMessage(pdf + ": not a valid PDF (it does not start with %PDF-)");
        assertThatThrownBy(() -> readers.read(docx, LIMITS))
                .hasMessage(docx + ": not a valid DOCX (it is not a Word 2007+ document)");
    }

    @Test
    void blankTextIsNoReadableText() throws Exception {
        Path file = write(dir, "blank.txt", " \n \n\u00A0");

        assertThatThrownBy(() -> readers.read(file, LIMITS)).hasMessage(file + ": no readable text");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = write(dir, "secret.txt", "Secret.");
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(file)).as("running as root: permissions are not enforced").isFalse();
            assertThatThrownBy(() -> readers.read(file, LIMITS)).hasMessage(file + ": cannot read: permission denied");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void reasonIsAvailableApartFromTheFile() throws Exception {
        Path file = write(dir, "empty.txt", new byte[0]);

        assertThatThrownBy(() -> readers.read(file, LIMITS)).isInstanceOfSatisfying(ReadException.class, e -> {
            assertThat(e.reason()).isEqualTo("empty file");
            assertThat(e.file()).isEqualTo(file.toString());
        });
    }

    @Test
    void inputLimitsAreValidated() {
        assertThat(InputLimits.defaults().maxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(InputLimits.ofMegabytes(2).maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThatThrownBy(() -> new InputLimits(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> new InputLimits(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputLimits.ofMegabytes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
