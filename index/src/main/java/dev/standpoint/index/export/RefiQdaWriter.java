package dev.standpoint.index.export;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.TextNormaliser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes REFI-QDA 1.5 files: a codebook ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0}) and a project
 * ({@code .qdpx}: a zip holding {@code project.qde}, namespace {@code urn:QDA-XML:project:1.0}, and each document's
 * text as {@code sources/GUID.txt} in UTF-8). In the project every exported sentence is a {@code PlainTextSelection}
 * whose positions count code points of that text file, coded with its labels.
 */
public final class RefiQdaWriter {

    public static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
    public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
    /** The name of the project XML inside a {@code .qdpx}. */
    public static final String PROJECT_ENTRY = "project.qde";
    /** The folder of internal sources inside a {@code .qdpx}. */
    public static final String SOURCES_FOLDER = "sources/";
    /** The one user every export names as creator. */
    public static final String USER = "Standpoint";

    private static final int NAME_LENGTH = 100;

    /** What a project export holds. */
    public record Summary(int sources, int selections, int codings, int codes) {
    }

    /** The document variables every source carries: name and REFI-QDA type. */
    private enum Variable {
        DOCUMENT_ID("Standpoint document id", "Text"),
        AUTHOR("Author", "Text"),
        PUBLISHED("Published", "Date"),
        SOURCE("Source", "Text");

        final String label;
        final String type;

        Variable(String label, String type) {
            this.label = label;
            this.type = type;
        }

        String guid() {
            return Guids.of("variable:" + label);
        }
    }

    private final String origin;
    private final String created;
    private final String user = Guids.of("user:" + USER);

    /**
     * @param origin  the exporting software, e.g. {@code "Standpoint 0.1.0"}
     * @param created when the export is made (written to the second, in UTC)
     */
    public RefiQdaWriter(String origin, Instant created) {
        if (origin == null || origin.isBlank() || created == null) {
            throw new IllegalArgumentException("origin and creation time are required");
        }
        this.origin = origin;
        this.created = created.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The GUID of the user the export names as creator. */
    public String userGuid() {
        return user;
    }

    /** Writes {@code codebook} as a {@code .qdc} document. Does not close {@code out}. */
    public void writeCodebook(QdaCodebook codebook, OutputStream out) {
        try (Xml x = new Xml(shield(out), CODEBOOK_NAMESPACE)) {
            x.start("CodeBook").attribute("origin", origin);
            codes(x, codebook);
        }
    }

    /**
     * Writes a {@code .qdpx} project: {@code documents} as sources, their assessments and forecasts as coded
     * selections, and a codebook of the labels and their holders. A document given twice is written once. Does not
     * close {@code out}.
     *
     * <p>{@code documents} is iterated three times (holders, selections, texts) and may load each document lazily, so
     * that an export of a large index holds one document in memory at a time.
     */
    public Summary writeProject(String name, Iterable<AnalysedDocument> documents, OutputStream out) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the project needs a name");
        }
        Iterable<AnalysedDocument> docs = distinct(documents);
        QdaCodebook codebook = QdaCodebook.forDocuments(docs);
        int[] counts = new int[3];
        try (ZipOutputStream zip = new ZipOutputStream(shield(out), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
            try (Xml x = new Xml(shield(zip), PROJECT_NAMESPACE)) {
                project(x, name, codebook, docs, counts);
            }
            zip.closeEntry();
            for (AnalysedDocument d : docs) {
                zip.putNextEntry(new ZipEntry(SOURCES_FOLDER + textFile(d.document())));
                zip.write(d.document().text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the project: " + e.getMessage(), e);
        }
        return new Summary(counts[2], counts[0], counts[1], codebook.all().size());
    }

    /** {@code documents} without repeats of a document id, lazily. */
    private static Iterable<AnalysedDocument> distinct(Iterable<AnalysedDocument> documents) {
        return () -> {
            Set<String> seen = new HashSet<>();
            return StreamSupport.stream(documents.spliterator(), false).filter(d -> seen.add(d.document().id()))
                    .iterator();
        };
    }

    /** The GUID of a document's source. */
    public static String sourceGuid(Document d) {
        return Guids.of("source:" + d.id());
    }

    /** The file name of a document's text inside {@code sources/}. */
    public static String textFile(Document d) {
        return sourceGuid(d) + ".txt";
    }

    private void project(Xml x, String name, QdaCodebook codebook, Iterable<AnalysedDocument> documents,
                         int[] counts) {
        x.start("Project").attribute("name", name).attribute("origin", origin).attribute("creatingUserGUID", user)
                .attribute("creationDateTime", created).attribute("modifyingUserGUID", user)
                .attribute("modifiedDateTime", created);
        x.start("Users").empty("User").attribute("guid", user).attribute("name", USER).end();
        x.start("CodeBook");
        codes(x, codebook);
        x.end();
        x.start("Variables");
        for (Variable v : Variable.values()) {
            x.empty("Variable").attribute("guid", v.guid()).attribute("name", v.label)
                    .attribute("typeOfVariable", v.type);
        }
        x.end();
        Iterator<AnalysedDocument> it = documents.iterator();
        if (it.hasNext()) {
            x.start("Sources");
            while (it.hasNext()) {
                source(x, it.next(), codebook, counts);
                counts[2]++;
            }
            x.end();
        }
        x.text("Description", "Exported by " + origin + ": every assessment and forecast Standpoint found in "
                + counts[2] + " document" + (counts[2] == 1 ? "" : "s") + ", coded with its labels.");
        x.end();
    }

    private void codes(Xml x, QdaCodebook codebook) {
        x.start("Codes");
        codebook.codes().forEach(c -> code(x, c));
        x.end();
    }

    private static void code(Xml x, QdaCode c) {
        boolean leaf = c.children().isEmpty() && c.description() == null;
        (leaf ? x.empty("Code") : x.start("Code")).attribute("guid", c.guid()).attribute("name", c.name())
                .attribute("isCodable", c.codable()).attribute("color", c.color());
        if (!leaf) {
            x.text("Description", c.description());
            c.children().forEach(child -> code(x, child));
            x.end();
        }
    }

    private void source(Xml x, AnalysedDocument a, QdaCodebook codebook, int[] counts) {
        Document d = a.document();
        x.start("TextSource").attribute("guid", sourceGuid(d)).attribute("name", d.title())
                .attribute("plainTextPath", "internal://" + textFile(d)).attribute("creatingUser", user)
                .attribute("creationDateTime", created);
        x.text("Description", describe(d));
        CodePoints positions = new CodePoints(d.text());
        for (AnalysedSentence s : a.sentences()) {
            if (QdaCodebook.exported(s)) {
                counts[1] += selection(x, d, s, positions, codebook);
                counts[0]++;
            }
        }
        variable(x, Variable.DOCUMENT_ID, "TextValue", d.id());
        variable(x, Variable.AUTHOR, "TextValue", d.authors().isEmpty() ? null : d.byline());
        variable(x, Variable.PUBLISHED, "DateValue", d.published() == null ? null : d.published().toString());
        variable(x, Variable.SOURCE, "TextValue", d.source());
        x.end();
    }

    /** Writes one selection; returns how many codings it carries. */
    private int selection(Xml x, Document d, AnalysedSentence s, CodePoints positions, QdaCodebook codebook) {
        int start = s.sentence().span().start();
        int end = s.sentence().span().end();
        String key = d.id() + ":" + start + "-" + end;
        x.start("PlainTextSelection").attribute("guid", Guids.of("selection:" + key))
                .attribute("name", shorten(s.displayText())).attribute("startPosition", positions.offset(start))
                .attribute("endPosition", positions.offset(end)).attribute("creatingUser", user)
                .attribute("creationDateTime", created);
        x.text("Description", describe(d, s));
        List<QdaCode> codes = codebook.codesFor(s);
        for (QdaCode c : codes) {
            x.start("Coding").attribute("guid", Guids.of("coding:" + key + ":" + c.path()))
                    .attribute("creatingUser", user).attribute("creationDateTime", created);
            x.empty("CodeRef").attribute("targetGUID", c.guid());
            x.end();
        }
        x.end();
        return codes.size();
    }

    private static void variable(Xml x, Variable v, String element, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        x.start("VariableValue").empty("VariableRef").attribute("targetGUID", v.guid()).text(element, value).end();
    }

    private static String describe(Document d) {
        List<String> parts = new ArrayList<>();
        parts.add("Standpoint document " + d.id());
        if (!d.authors().isEmpty()) {
            parts.add("by " + d.byline());
        }
        if (d.published() != null) {
            parts.add("published " + d.published());
        }
        parts.add("read from " + d.source());
        return String.join(" · ", parts);
    }

    /** Who holds the view and what Standpoint read in it, in words, for the selection's memo. */
    private static String describe(Document d, AnalysedSentence s) {
        Assessment a = s.assessment();
        List<String> parts = new ArrayList<>();
        parts.add("holder: " + a.holder().name() + " (" + a.holder().kind().name().toLowerCase(Locale.ROOT) + ")");
        if (s.isAssessment()) {
            parts.add(a.polarity().label() + ", " + a.intensity().label() + " intensity, " + a.certainty().label());
        }
        if (!a.targets().isEmpty()) {
            parts.add("about: " + String.join(", ", a.targets()));
        }
        if (a.forecast()) {
            parts.add(String.format(Locale.ROOT, "forecast: %s (%.0f %%)", a.likelihood().label(),
                    a.probability() * 100));
        }
        for (Condition c : a.conditions()) {
            parts.add("if: \u201C" + TextNormaliser.collapseWhitespace(d.text(c.span())) + "\u201D");
        }
        parts.add("sentence " + s.sentence().index());
        return String.join(" · ", parts);
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= NAME_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, NAME_LENGTH - 1)).stripTrailing() + "\u2026";
    }

    /** {@code out} without its {@code close()}, so that closing a writer over it leaves it open. */
    private static OutputStream shield(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
