package dev.standpoint.core.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static dev.standpoint.core.read.Fixtures.blockTexts;
import static dev.standpoint.core.read.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextReaderTest {

    private static final Path FILE = Path.of("notes.txt");
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void paragraphsAreSeparatedByBlankLinesAndKeepTheirLineBreaks() throws Exception {
        String source = "MS. PSAKI:  Hi, everyone.  It's been awhile.\nI feel like somebody\n"
                + "   \n"
                + "Q    Thanks, Jen.\n"
                + "\u00A0\u00A0\n"
                + "\n\n"
                + "A third\u00A0paragraph  \n  with an indented line.\n\n";
        ExtractedText t = reader.read(FILE, utf8(source));

        assertThat(blockTexts(t)).containsExactly(
                "MS. PSAKI:  Hi, everyone.  It's been awhile.\nI feel like somebody",
                "Q    Thanks, Jen.",
                "A third\u00A0paragraph  \n  with an indented line.");
        assertThat(t.text()).isEqualTo(String.join("\n\n", blockTexts(t)));
        assertThat(Fixtures.hints(t)).containsOnly(BlockHint.PARAGRAPH);
        assertThat(t.format()).isEqualTo("txt");
        Fixtures.assertWellFormed(t);
    }

    @Test
    void lineEndingsAreNormalised() throws Exception {
        ExtractedText t = reader.read(FILE, utf8("one\r\ntwo\r\n\r\nthree\rfour\r\r"));

        assertThat(blockTexts(t)).containsExactly("one\ntwo", "three\nfour");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ExtractedText t = reader.read(FILE, concat(bom, utf8("Zürich said so.")));

        assertThat(t.text()).isEqualTo("Zürich said so.");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kyōto\n\nTōkyō".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Kyōto".getBytes(StandardCharsets.UTF_16BE));

        assertThat(blockTexts(reader.read(FILE, le))).containsExactly("Kyōto", "Tōkyō");
        assertThat(reader.read(FILE, be).text()).isEqualTo("Kyōto");
    }

    @Test
    void invalidUtf8NamesTheByte() {
        byte[] bytes = concat(utf8("abc"), new byte[] {(byte) 0xC3, 0x28}, utf8(" rest"));

        assertThatThrownBy(() -> reader.read(FILE, bytes)).isInstanceOf(ReadException.class)
                .hasMessage("notes.txt: invalid UTF-8 at byte 3");
    }

    @Test
    void latin1TextIsInvalidUtf8() {
        byte[] latin1 = "café au lait".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(FILE, latin1)).hasMessage("notes.txt: invalid UTF-8 at byte 3");
    }

    @Test
    void onlyWhiteSpaceHasNoReadableText() {
        assertThatThrownBy(() -> reader.read(FILE, utf8(" \n\u00A0\n\t\n")))
                .hasMessage("notes.txt: no readable text");
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
