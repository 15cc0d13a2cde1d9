package dev.standpoint.index.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates the export against the REFI-QDA project schema in {@code ../shared/standards/refi-qda} (skipped when it is
 * absent), and the real ATLAS.ti exports there against the same schema, so that a pass means the schema is the one
 * QDA software writes to. The codebook schema is not among the shared files; a {@code .qdc}'s codes are validated by
 * the project schema's identical {@code CodeType} after moving them into the project namespace, and its root by
 * {@link QdaStructure}.
 */
class RefiQdaSchemaTest {

    private static Path standard;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        standard = shared().resolve("standards/refi-qda");
        Path xsd = standard.resolve("Project-mrt2019.xsd");
        if (Files.isRegularFile(xsd)) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = f.newSchema(xsd.toFile());
        }
    }

    static Path shared() {
        String property = System.getProperty("standpoint.shared");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        return Path.of("../../shared");
    }

    private static void assumeSchema() {
        assumeTrue(schema != null, "the REFI-QDA schema is not at " + standard.toAbsolutePath());
    }

    /** Every schema violation in {@code xml}, not only the first. */
    static List<String> violations(Schema schema, byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return errors;
    }

    private static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the zip");
    }

    @Test
    void theRealAtlasTiExportsAreValidUnderTheSchema() throws Exception {
        assumeSchema();
        try (var samples = Files.list(standard.resolve("samples"))) {
            List<Path> files = samples.filter(p -> p.toString().endsWith(".qdpx")).sorted().toList();
            assertThat(files).isNotEmpty();
            for (Path qdpx : files) {
                byte[] zip = Files.readAllBytes(qdpx);
                assertThat(violations(schema, entry(zip, "project.qde"))).as(qdpx.toString()).isEmpty();
                assertThat(QdaStructure.project(zip).problems()).as(qdpx.toString()).isEmpty();
            }
        }
    }

    @Test
    void theProjectIsValidUnderTheSchema() throws Exception {
        assumeSchema();
        assertThat(violations(schema, entry(ExportFixture.get().qdpx(), "project.qde"))).isEmpty();
    }

    @Test
    void theSchemaCatchesWhatItShould() throws Exception {
        assumeSchema();
        String bad = new String(entry(ExportFixture.get().qdpx(), "project.qde"), StandardCharsets.UTF_8)
                .replaceFirst("startPosition=\"\\d+\"", "startPosition=\"twelve\"");
        assertThat(violations(schema, bad.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void theCodebooksCodesAreValidUnderTheSchema() throws Exception {
        assumeSchema();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RefiQdaWriter("Standpoint test", ExportFixture.CREATED)
                .writeCodebook(QdaCodebook.forDocuments(ExportFixture.get().documents()), out);
        byte[] qdc = out.toByteArray();
        assertThat(QdaStructure.codebook(qdc).problems()).isEmpty();
        assertThat(violations(schema, asProject(qdc))).isEmpty();
    }

    /** The codebook's {@code Codes} inside {@code <Project><CodeBook>}, renamed into the project namespace. */
    private static byte[] asProject(byte[] qdc) throws Exception {
        Document codebook = QdaStructure.parse(qdc);
        Document project = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder().newDocument();
        Element root = project.createElementNS(QdaStructure.PROJECT_NS, "Project");
        root.setAttribute("name", "codebook check");
        project.appendChild(root);
        Element book = project.createElementNS(QdaStructure.PROJECT_NS, "CodeBook");
        root.appendChild(book);
        Element codes = QdaStructure.children(codebook.getDocumentElement(), "Codes").get(0);
        book.appendChild(rename(project, project.importNode(codes, true)));
        StringWriter xml = new StringWriter();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(project), new StreamResult(xml));
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Node rename(Document d, Node n) {
        if (n instanceof Element e) {
            Node renamed = d.renameNode(e, QdaStructure.PROJECT_NS, e.getLocalName());
            for (Node c = renamed.getFirstChild(); c != null; c = c.getNextSibling()) {
                rename(d, c);
            }
            return renamed;
        }
        return n;
    }
}
