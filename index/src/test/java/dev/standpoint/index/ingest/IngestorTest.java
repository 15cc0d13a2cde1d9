package dev.standpoint.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    /** Small enough that a generated file can exceed it, large enough for every good file. */
    private static final InputLimits LIMITS = new InputLimits(64 * 1024);

    private static final String MALFORMED_HTML = """
            <html><head><title>Russia and the Baltic Grid</title></head><body>
            <h1>Russia and the Baltic Grid</h1>
            <p>By Tomas Varga-Lindqvist
            <h2>How do you assess the Baltic states' exit from the Russian power grid?</h2>
            <p>It was a strategically sound decision, and the three governments deserve credit for it.
            <b>Moscow's threats against the new links were <i>a serious mistake</b></i>.
            </div></span>
            <p>The grid will continue to run smoothly as long as the undersea interconnectors hold.
            """;

    private static final List<String> PDF_LINES = List.of(
            "Turkey and the Black Sea",
            "How do you assess Turkey's role in the Black Sea?",
            "Ankara has been a careful and very effective mediator between Russia and Ukraine.",
            "I expect Turkey to keep the straits closed to warships as long as the war continues.");

    private static final List<String> DOCX_PARAGRAPHS = List.of(
            "South Korea and Japan: A Thaw That Holds",
            "How do you assess the recent thaw between South Korea and Japan?",
            "The reconciliation between Seoul and Tokyo is a solid foundation for trilateral security cooperation.",
            "I am confident it will continue as long as both leaders keep meeting every year.");

    @TempDir
    Path tmp;

    private Path in;
    private StandpointHome home;
    private final List<String> heardFailed = new ArrayList<>();
    private final List<String> heardWarnings = new ArrayList<>();
    private final List<IngestProgress> heardProgress = new ArrayList<>();
    private final IngestListener listener = new IngestListener() {
        @Override
        public void progress(IngestProgress p) {
            heardProgress.add(p);
        }

        @Override
        public void failed(String line) {
            heardFailed.add(line);
        }

        @Override
        public void warning(String line) {
            heardWarnings.add(line);
        }
    };

    @BeforeEach
    void writeInputs() throws IOException {
        in = tmp.resolve("in");
        home = new StandpointHome(tmp.resolve("home"));
        TestDocuments.writeAll(in);
        Files.copy(in.resolve("nato-baltic.txt"), in.resolve("nato-baltic-copy.txt"));
        TestDocuments.write(in.resolve("grid.html"), MALFORMED_HTML);
        writePdf(in.resolve("nested/deeper/black-sea.pdf"));
        writeDocx(in.resolve("nested/korea-japan.docx"));
        // Hidden files and folders are not ingested, whatever they hold.
        TestDocuments.write(in.resolve(".hidden-notes.txt"), "Secret\n\nThis text must never be ingested.\n");
        TestDocuments.write(in.resolve(".cache/cached.txt"), "Cached\n\nNor must this one.\n");
        // A type no reader supports.
        TestDocuments.write(in.resolve("data.xyz"), "some data that no reader supports");
        // Bad files.
        TestDocuments.write(in.resolve("bad/empty.txt"), new byte[0]);
        TestDocuments.write(in.resolve("bad/binary.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 'c', 0, 'd', '\n'});
        TestDocuments.write(in.resolve("bad/latin1.txt"),
                "Caf\u00e9 culture in Berlin is excellent.".getBytes(StandardCharsets.ISO_8859_1));
        TestDocuments.write(in.resolve("bad/huge.txt"), "Japan is a reliable partner. ".repeat(4000));
        byte[] pdf = Files.readAllBytes(in.resolve("nested/deeper/black-sea.pdf"));
        TestDocuments.write(in.resolve("bad/truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    }

    private static void writePdf(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                for (String line : PDF_LINES) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -30);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    private static void writeDocx(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : DOCX_PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
    }

    private DocumentParser parser() {
        return TestDocuments.parser(LIMITS);
    }

    private IngestReport ingest(StandpointHome h, List<Path> inputs) {
        try (LuceneStore store = LuceneStore.open(h, "test", "test")) {
            return new Ingestor(parser(), TestDocuments.analyser(), store, new SourceArchive(h.sources()), 2)
                    .ingest(inputs, listener);
        }
    }

    private static List<DocumentSummary> stored(StandpointHome h) {
        try (LuceneStore store = LuceneStore.openReadOnly(h)) {
            return store.documents(0, 1000);
        }
    }

    /** The failure line that names {@code file}. */
    private static String failureFor(IngestReport r, String file) {
        List<String> lines = r.failed().stream().filter(l -> l.contains(file)).toList();
        assertThat(lines).as("failure lines naming %s in %s", file, r.failed()).hasSize(1);
        return lines.get(0);
    }

    @Test
    void goodFilesAreAddedAndEachBadFileGetsOneLine() {
        IngestReport r = ingest(home, List.of(in));

        assertThat(r.found()).as("supported, non-hidden files").isEqualTo(12);
        assertThat(r.added()).isEqualTo(6);
        assertThat(r.duplicates()).as("nato-baltic-copy.txt").isEqualTo(1);
        assertThat(r.unchanged()).isZero();
        assertThat(r.skipped()).as("data.xyz").isEqualTo(1);
        assertThat(r.ok()).isFalse();
        assertThat(r.failed()).hasSize(5).allSatisfy(line -> {
            assertThat(line).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(line).contains(in.resolve("bad").toString());
        });
        assertThat(failureFor(r, "empty.txt")).contains("empty file");
        assertThat(failureFor(r, "binary.txt")).contains("binary content");
        assertThat(failureFor(r, "latin1.txt")).contains("invalid UTF-8");
        assertThat(failureFor(r, "huge.txt")).contains("too large");
        assertThat(failureFor(r, "truncated.pdf")).contains("damaged PDF");
        assertThat(heardFailed).containsExactlyInAnyOrderElementsOf(r.failed());

        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0)).contains("grid.html").contains("malformed HTML");
        assertThat(heardWarnings).isEqualTo(r.warnings());

        assertThat(heardProgress).isNotEmpty();
        IngestProgress last = heardProgress.get(heardProgress.size() - 1);
        assertThat(last.done()).isEqualTo(last.total()).isEqualTo(12);
        assertThat(last.failed()).isEqualTo(5);

        List<DocumentSummary> docs = stored(home);
        assertThat(docs).hasSize(6);
        assertThat(docs).extracting(DocumentSummary::format).containsExactlyInAnyOrder("txt", "txt", "md", "html",
                "pdf", "docx");
        assertThat(docs).extracting(DocumentSummary::source).noneMatch(s -> s.contains("hidden") || s.contains(".cache"))
                .noneMatch(s -> s.contains("bad"));
        assertThat(docs).extracting(DocumentSummary::title).contains("Japan and Russia After the Freeze",
                "NATO on the Baltic Flank", "China and Japan in the East China Sea", "Russia and the Baltic Grid");
        assertThat(r.sentences()).isPositive();
        assertThat(r.bytes()).isPositive();
    }

    @Test
    void reingestingIsANoOpAndACopyOfTheSameTextIsADuplicate() throws IOException {
        ingest(home, List.of(in));
        List<DocumentSummary> before = stored(home);
        heardFailed.clear();

        IngestReport again = ingest(home, List.of(in));
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isZero();
        assertThat(again.unchanged()).as("the six added files and the byte-identical copy").isEqualTo(7);
        assertThat(again.failed()).hasSize(5);
        assertThat(stored(home)).isEqualTo(before);

        // The same text under another name, with different bytes (CRLF line ends, an extra blank line).
        Path other = tmp.resolve("elsewhere/japan-russia-crlf.txt");
        TestDocuments.write(other, TestDocuments.JAPAN_RUSSIA.replace("\n", "\r\n") + "\r\n\r\n");
        IngestReport copy = ingest(home, List.of(other));
        assertThat(copy.found()).isEqualTo(1);
        assertThat(copy.duplicates()).isEqualTo(1);
        assertThat(copy.added()).isZero();
        assertThat(copy.ok()).isTrue();
        assertThat(stored(home)).isEqualTo(before);
    }

    @Test
    void aMissingPathIsOneFailureLine() {
        Path missing = tmp.resolve("no-such-folder");
        IngestReport r = ingest(home, List.of(missing, in.resolve("nato-baltic.txt")));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.failed()).containsExactly(missing + ": no such file or folder");
        assertThat(heardFailed).containsExactly(missing + ": no such file or folder");
    }

    @Test
    void anUnsupportedFileGivenByNameFails() {
        IngestReport r = ingest(home, List.of(in.resolve("data.xyz")));
        assertThat(r.added()).isZero();
        assertThat(r.failed()).singleElement().asString().contains("data.xyz").contains("unsupported file type");
    }

    @Test
    void sourceCopiesAreKeptAndRebuildReproducesTheSameDocuments() throws IOException {
        ingest(home, List.of(in));
        List<DocumentSummary> original = stored(home);

        SourceArchive archive = new SourceArchive(home.sources());
        List<SourceArchive.Entry> entries = archive.entries();
        assertThat(entries).extracting(SourceArchive.Entry::id)
                .containsExactlyInAnyOrderElementsOf(original.stream().map(DocumentSummary::id).toList());
        for (SourceArchive.Entry e : entries) {
            Path copy = archive.file(e);
            assertThat(copy).startsWith(home.sources()).exists();
            assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(Path.of(e.source())));
        }
        try (var files = Files.walk(home.sources())) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp")).toList()).as("no half-written copies").isEmpty();
        }

        StandpointHome fresh = new StandpointHome(tmp.resolve("rebuilt"));
        IngestReport r;
        try (LuceneStore store = LuceneStore.open(fresh, "test", "test")) {
            r = new Ingestor(parser(), TestDocuments.analyser(), store, new SourceArchive(fresh.sources()), 2)
                    .rebuild(archive, IngestListener.SILENT);
        }
        assertThat(r.ok()).isTrue();
        assertThat(r.added()).isEqualTo(6);
        List<DocumentSummary> rebuilt = stored(fresh);
        assertThat(rebuilt).isEqualTo(original);

        try (LuceneStore a = LuceneStore.openReadOnly(home); LuceneStore b = LuceneStore.openReadOnly(fresh)) {
            for (DocumentSummary s : original) {
                AnalysedDocument before = a.document(s.id()).orElseThrow();
                assertThat(b.document(s.id())).as(s.source()).contains(before);
            }
        }
    }

    @Test
    void eachReportedSourceIsThePathTheUserGave() {
        ingest(home, List.of(in.resolve("japan-russia.txt")));
        Map<String, String> bySource = new TreeMap<>(stored(home).stream()
                .collect(Collectors.toMap(DocumentSummary::source, DocumentSummary::title)));
        assertThat(bySource).containsOnlyKeys(in.resolve("japan-russia.txt").toString());
        assertThat(Set.copyOf(bySource.values())).containsExactly("Japan and Russia After the Freeze");
    }

    @Test
    void namedFilesAreCitedByTheirGivenNameAndReportedOneByOne() throws IOException {
        Path upload = tmp.resolve("upload-1234.tmp.txt");
        Files.copy(in.resolve("japan-russia.txt"), upload);
        Path again = tmp.resolve("upload-5678.tmp.txt");
        Files.copy(in.resolve("japan-russia.txt"), again);
        List<FileOutcome> heard = new ArrayList<>();
        IngestListener perFile = new IngestListener() {
            @Override
            public void file(FileOutcome outcome) {
                heard.add(outcome);
            }
        };
        try (LuceneStore store = LuceneStore.open(home, "test", "test")) {
            Ingestor ingestor = new Ingestor(parser(), TestDocuments.analyser(), store, new SourceArchive(home.sources()), 2);
            ingestor.ingestNamed(List.of(new Ingestor.NamedFile(upload, "Japan & Russia.txt"),
                    new Ingestor.NamedFile(in.resolve("bad/empty.txt"), "empty.txt")), perFile);
            ingestor.ingestNamed(List.of(new Ingestor.NamedFile(again, "again.txt")), perFile);
        }
        assertThat(heard).extracting(FileOutcome::source, FileOutcome::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Japan & Russia.txt", FileOutcome.Status.ADDED),
                org.assertj.core.groups.Tuple.tuple("empty.txt", FileOutcome.Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("again.txt", FileOutcome.Status.UNCHANGED));
        FileOutcome added = heard.stream().filter(o -> o.status() == FileOutcome.Status.ADDED).findFirst().orElseThrow();
        FileOutcome failed = heard.stream().filter(o -> o.status() == FileOutcome.Status.FAILED).findFirst().orElseThrow();
        assertThat(added.title()).isEqualTo("Japan and Russia After the Freeze");
        assertThat(heard.stream().filter(o -> o.status() == FileOutcome.Status.UNCHANGED).findFirst().orElseThrow()
                .documentId()).isEqualTo(added.documentId());
        assertThat(failed.reason()).isEqualTo("empty file").doesNotContain(tmp.toString());
        assertThat(stored(home)).extracting(DocumentSummary::source).containsExactly("Japan & Russia.txt");
    }
}
