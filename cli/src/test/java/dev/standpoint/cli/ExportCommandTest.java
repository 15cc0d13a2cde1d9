package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code standpoint export qdpx|qdc}: REFI-QDA files from the command line. */
class ExportCommandTest {

    private static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    private static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

    @TempDir
    static Path shared;

    private static String home;
    private static List<DocumentSummary> documents;

    @TempDir
    Path tmp;

    @BeforeAll
    static void ingest() {
        home = Views.ingest(shared.resolve("docs"), shared.resolve("home")).toString();
        try (LuceneStore store = LuceneStore.openReadOnly(new StandpointHome(Path.of(home)))) {
            documents = store.documents(0, 100);
        }
    }

    private static Console.Result export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        all.addAll(List.of("--home", home));
        return Console.run(all.toArray(String[]::new));
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS(PROJECT_NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static DocumentSummary titled(String prefix) {
        return documents.stream().filter(d -> d.title().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void allDocumentsBecomeAProjectWithTheirTextsAndCodedSelections() throws Exception {
        Path file = tmp.resolve("views.qdpx");
        Console.Result r = export("qdpx", "--all", "-o", file.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Exported 4 documents to " + file).contains("coded selections");
        Map<String, byte[]> entries = unzip(file);
        assertThat(entries).containsKey("project.qde").hasSize(5);
        assertThat(entries.keySet()).filteredOn(n -> !n.equals("project.qde"))
                .allMatch(n -> n.matches("sources/[0-9A-F-]{36}\\.txt"));

        Document project = xml(entries.get("project.qde"));
        Element root = project.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(PROJECT_NS);
        assertThat(root.getAttribute("name")).isEqualTo("views");
        assertThat(root.getAttribute("origin")).startsWith("Standpoint ");
        List<Element> sources = elements(project, "TextSource");
        assertThat(sources).extracting(e -> e.getAttribute("name"))
                .containsExactlyInAnyOrderElementsOf(documents.stream().map(DocumentSummary::title).toList());
        for (Element s : sources) {
            String path = s.getAttribute("plainTextPath");
            String text = new String(entries.get("sources/" + path.substring("internal://".length())),
                    StandardCharsets.UTF_8);
            for (Element sel : children(s, "PlainTextSelection")) {
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(text.codePointCount(0, text.length()));
            }
        }
        assertThat(elements(project, "PlainTextSelection")).isNotEmpty();
        assertThat(elements(project, "Code")).extracting(e -> e.getAttribute("name"))
                .contains("Polarity", "negative", "Forecast", "Condition", "Holders", "Lavrov", "Blinken");
        validateIfTheSchemaIsThere(entries.get("project.qde"));
    }

    @Test
    void chosenDocumentsByIdOrPrefix() throws Exception {
        Path file = tmp.resolve("two.qdpx");
        String ids = titled("Joint Press").id() + "," + titled("Outlook").id().substring(0, 8);
        Console.Result r = export("qdpx", "--documents", ids, "-o", file.toString(), "--name", "Two documents");
        assertThat(r.exit()).as(r.toString()).isZero();
        Document project = xml(unzip(file).get("project.qde"));
        assertThat(project.getDocumentElement().getAttribute("name")).isEqualTo("Two documents");
        assertThat(elements(project, "TextSource")).extracting(e -> e.getAttribute("name"))
                .containsExactly("Joint Press Availability on the Black Sea Talks", "Outlook for the Baltic Sea Region");
        assertThat(unzip(file)).hasSize(3);
    }

    @Test
    void theDocumentsAQuestionFinds() throws Exception {
        Path file = tmp.resolve("sanctions.qdpx");
        Console.Result r = export("qdpx", "--query", Views.SANCTIONS, "-o", file.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> names = elements(xml(unzip(file).get("project.qde")), "TextSource").stream()
                .map(e -> e.getAttribute("name")).toList();
        assertThat(names).contains("Joint Press Availability on the Black Sea Talks", "The Grain Corridor Under Fire")
                .doesNotContain("Outlook for the Baltic Sea Region");
    }

    @Test
    void theCodebookAlone() throws Exception {
        Path file = tmp.resolve("standpoint.qdc");
        Console.Result r = export("qdc", "-o", file.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Exported the codebook to " + file);
        Document qdc = xml(Files.readAllBytes(file));
        Element root = qdc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(CODEBOOK_NS);
        assertThat(root.getLocalName()).isEqualTo("CodeBook");
        assertThat(root.getAttribute("origin")).startsWith("Standpoint ");
        NodeList codes = qdc.getElementsByTagNameNS(CODEBOOK_NS, "Code");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < codes.getLength(); i++) {
            names.add(((Element) codes.item(i)).getAttribute("name"));
        }
        assertThat(names).contains("positive", "negative", "mixed", "high", "probable", "Forecast", "Condition",
                "Lavrov", "Blinken", "Chinese officials", "Ingrid Salo-Mwangi");
        // The same GUIDs as in a project.
        Path project = tmp.resolve("all.qdpx");
        assertThat(export("qdpx", "--all", "-o", project.toString()).exit()).isZero();
        String qde = new String(unzip(project).get("project.qde"), StandardCharsets.UTF_8);
        for (int i = 0; i < codes.getLength(); i++) {
            assertThat(qde).contains("guid=\"" + ((Element) codes.item(i)).getAttribute("guid") + "\"");
        }
    }

    @Test
    void exactlyOneSelectionAndAnOutputAreRequired() {
        String out = tmp.resolve("x.qdpx").toString();
        assertThat(export("qdpx", "-o", out).exit()).isEqualTo(2);
        assertThat(export("qdpx", "--all", "--query", "sanctions", "-o", out).exit()).isEqualTo(2);
        assertThat(export("qdpx", "--all").exit()).isEqualTo(2);
        assertThat(export("qdc").exit()).isEqualTo(2);
        Console.Result blank = export("qdpx", "--query", " ", "-o", out);
        assertThat(blank.exit()).as(blank.toString()).isEqualTo(2);
        assertThat(Files.exists(Path.of(out))).isFalse();
        Console.Result usage = Console.run("export");
        assertThat(usage.exit()).isZero();
        assertThat(usage.out()).contains("qdpx").contains("qdc");
    }

    @Test
    void unknownDocumentsEmptyIndexesAndMissingFoldersAreFailures() {
        String out = tmp.resolve("x.qdpx").toString();
        Console.Result unknown = export("qdpx", "--documents", "no such document anywhere", "-o", out);
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(1);
        assertThat(unknown.err()).contains("no document matches");

        Console.Result nothing = export("qdpx", "--query", "What about the price of bananas on Jupiter?", "-o", out);
        assertThat(nothing.exit()).as(nothing.toString()).isEqualTo(1);
        assertThat(nothing.err()).contains("no document holds assessments relevant");

        Console.Result folder = export("qdpx", "--all", "-o", tmp.resolve("missing/x.qdpx").toString());
        assertThat(folder.exit()).as(folder.toString()).isEqualTo(1);
        assertThat(folder.err()).contains("does not exist").doesNotContain("Exception");

        Console.Result empty = Console.run("export", "qdpx", "--all", "-o", out, "--home",
                tmp.resolve("empty-home").toString());
        assertThat(empty.exit()).as(empty.toString()).isEqualTo(1);
        assertThat(empty.err()).contains("is empty");
        assertThat(Files.exists(Path.of(out))).isFalse();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getLocalName().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Validates against the REFI-QDA project schema in ../shared when it is there. */
    private static void validateIfTheSchemaIsThere(byte[] qde) throws Exception {
        Path xsd = ProjectPaths.shared().map(s -> s.resolve("standards/refi-qda/Project-mrt2019.xsd")).orElse(null);
        if (xsd == null || !Files.isRegularFile(xsd)) {
            return;
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(qde)));
    }
}
