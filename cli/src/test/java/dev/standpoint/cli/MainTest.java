package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code standpoint} command run in process: exit codes, what it prints, and what it leaves in the index. */
class MainTest {

    private static final String JAPAN_RUSSIA = """
            Japan and Russia After the Freeze

            By Mireille Tanabe-Corwin

            How do you assess the state of Japan-Russia relations today?

            I am deeply skeptical that Japan and Russia can restore a working relationship in the next few years.
            Moscow's response to the sanctions was a serious mistake that hurt its own fishermen. The Kremlin has
            shown no interest in compromise on the Kuril Islands, and the outlook is bleak.

            Is there any area where cooperation still works?

            A modest fisheries deal between Japan and Russia would be very welcome as long as it does not weaken the
            sanctions regime. A further chill between Japan and Russia seems likely.
            """;

    private static final String NATO_BALTIC = """
            NATO on the Baltic Flank

            By Oskar Lindahl-Mbeki

            How do you assess NATO's new forward presence in the Baltic states?

            The new brigade in Lithuania is very welcome, and it gives the alliance a solid foundation for
            deterrence on its eastern flank. Finland's accession to NATO was a strategically sound decision that
            strengthens the whole region. The Baltic governments will continue to invest in their own defence as
            long as allied troops stay on the ground.
            """;

    private static final String CHINA_JAPAN = """
            ---
            title: China and Japan in the East China Sea
            author: Priya Okafor-Lund
            date: 2024-06-12
            ---

            **Q: How do you assess China's conduct around the Senkaku Islands?**

            A: China's coast guard patrols around the Senkaku Islands are provocative and deeply destabilising.
            Beijing's pressure on Tokyo is a serious mistake that pushes Japan closer to the United States.
            """;

    private static final String SKEPTICAL =
            "I am deeply skeptical that Japan and Russia can restore a working relationship in the next few years.";
    private static final String JAPAN_QUESTION = "How do experts assess Japan-Russia relations?";

    @TempDir
    static Path shared;

    private static Path docs;
    private static Path home;

    @TempDir
    Path tmp;

    @BeforeAll
    static void ingestFixtures() throws IOException {
        docs = writeFixtures(shared.resolve("docs"));
        home = shared.resolve("home");
        Console.Result r = Console.run("ingest", docs.toString(), "--home", home.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    private static Path writeFixtures(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("japan-russia.txt"), JAPAN_RUSSIA, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("nato-baltic.txt"), NATO_BALTIC, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("china-japan.md"), CHINA_JAPAN, StandardCharsets.UTF_8);
        return dir;
    }

    private static List<DocumentSummary> documents(Path h) {
        try (LuceneStore store = LuceneStore.openReadOnly(new StandpointHome(h))) {
            return store.documents(0, 100);
        }
    }

    private static DocumentSummary titled(String prefix) {
        return documents(home).stream().filter(d -> d.title().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void ingestOfGoodFilesExitsZeroAndReportsThem() throws IOException {
        Path h = tmp.resolve("home");
        Console.Result r = Console.run("ingest", "--no-embeddings", writeFixtures(tmp.resolve("docs")).toString(), "--home", h.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Ingested 3 files: 3 added, 0 unchanged, 0 duplicates, 0 failed");
        assertThat(r.err()).doesNotContain("error:");
        assertThat(documents(h)).hasSize(3);

        Console.Result again = Console.run("ingest", "--no-embeddings", tmp.resolve("docs").toString(), "--home", h.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 added, 3 unchanged");
    }

    @Test
    void ingestExitsOneWhenAFileFailsAndNamesItOnStandardError() throws IOException {
        Path in = writeFixtures(tmp.resolve("docs"));
        Path empty = Files.createFile(in.resolve("empty.txt"));
        Path binary = Files.write(in.resolve("binary.md"), new byte[] {'#', ' ', 0, 0, 7, 0});
        Path h = tmp.resolve("home");
        Console.Result r = Console.run("ingest", "--no-embeddings", in.toString(), "--home", h.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + empty + ": empty file")
                .contains("error: " + binary + ": binary content, not text")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).contains("3 added").contains("2 failed").contains("Failed:");
        assertThat(documents(h)).hasSize(3);
    }

    @Test
    void askPrintsAVerdictAndQuotedSentences() {
        Console.Result r = Console.run("ask", JAPAN_QUESTION, "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith(JAPAN_QUESTION).contains("Verdict: NEGATIVE")
                .contains("\u201C" + SKEPTICAL + "\u201D").contains("Sources");
    }

    @Test
    void askAsJsonParses() throws IOException {
        Console.Result r = Console.run("ask", "--json", JAPAN_QUESTION, "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode answer = new ObjectMapper().readTree(r.out());
        assertThat(answer.path("question").asText()).isEqualTo(JAPAN_QUESTION);
        assertThat(answer.path("verdict").path("label").asText()).isEqualTo("NEGATIVE");
        JsonNode citations = answer.path("citations");
        assertThat(citations.isArray()).isTrue();
        assertThat(citations.size()).isPositive();
        assertThat(citations.findValuesAsText("text")).contains(SKEPTICAL);
        for (JsonNode c : citations) {
            assertThat(c.path("documentId").asText()).hasSize(16);
            assertThat(c.path("end").asInt()).isGreaterThan(c.path("start").asInt());
        }
    }

    @Test
    void askOnAnEmptyIndexFailsWithAClearMessage() {
        Console.Result r = Console.run("ask", JAPAN_QUESTION, "--home", tmp.resolve("nothing-here").toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("is empty").contains("standpoint ingest");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anEmptyQuestionIsAUsageError() {
        Console.Result r = Console.run("ask", "  ", "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("the question is empty").doesNotContain("Exception");
    }

    @Test
    void showFindsADocumentByIdPrefix() {
        DocumentSummary nato = titled("NATO");
        Console.Result r = Console.run("show", nato.id().substring(0, 8), "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("NATO on the Baltic Flank").contains("id " + nato.id())
                .contains("by Oskar Lindahl-Mbeki");
    }

    @Test
    void showFindsADocumentByTitleWords() throws IOException {
        Console.Result r = Console.run("show", "Baltic Flank", "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("id " + titled("NATO").id());

        Console.Result json = Console.run("show", "--json", "east china sea", "--home", home.toString());
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode d = new ObjectMapper().readTree(json.out());
        assertThat(d.path("document").path("id").asText()).isEqualTo(titled("China").id());
        assertThat(d.path("sentences").size()).isPositive();
    }

    @Test
    void anAmbiguousReferenceListsTheCandidates() {
        Console.Result r = Console.run("show", "japan", "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("matches 2 documents").contains(titled("Japan").id())
                .contains(titled("China").id()).contains("Japan and Russia After the Freeze");
    }

    @Test
    void anUnknownReferenceFails() {
        Console.Result r = Console.run("show", "no such document anywhere", "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("no document matches");
    }

    @Test
    void statsEntitiesAndSearch() throws IOException {
        Console.Result stats = Console.run("stats", "--home", home.toString());
        assertThat(stats.exit()).as(stats.toString()).isZero();
        assertThat(stats.out()).contains("3 documents").contains("polarity").contains("negative");

        Console.Result statsJson = Console.run("stats", "--json", "--home", home.toString());
        assertThat(statsJson.exit()).isZero();
        assertThat(new ObjectMapper().readTree(statsJson.out()).path("documents").asInt()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(statsJson.out()).path("manifest").path("encoder").asText())
                .as("the ingest embedded claims").contains("minilm");

        Console.Result entities = Console.run("entities", "--home", home.toString());
        assertThat(entities.exit()).as(entities.toString()).isZero();
        assertThat(entities.out()).contains("Japan").contains("JPN").contains("Russia").contains("STATE");

        Console.Result states = Console.run("entities", "--type", "ORG", "--home", home.toString());
        assertThat(states.exit()).isZero();
        assertThat(states.out()).contains("NATO").doesNotContain("JPN");

        Console.Result search = Console.run("search", "Finland accession", "--home", home.toString());
        assertThat(search.exit()).as(search.toString()).isZero();
        assertThat(search.out()).contains("Finland's accession to NATO was a strategically sound decision");
        for (String[] mode : List.of(new String[] {"--mode", "BM25"}, new String[] {"--fusion", "rrf"})) {
            Console.Result other = Console.run("search", "Finland accession", mode[0], mode[1], "--home", home.toString());
            assertThat(other.exit()).as(other.toString()).isZero();
            assertThat(other.out()).contains("Finland's accession to NATO was a strategically sound decision");
        }
        assertThat(Console.run("search", "Finland", "--fusion", "max", "--home", home.toString()).exit()).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Console.Result r = Console.run("ask", "--no-such-option", JAPAN_QUESTION, "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").contains("--no-such-option");

        Console.Result command = Console.run("no-such-command");
        assertThat(command.exit()).isEqualTo(2);
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Console.Result r = Console.run("entities", "--limit", "0", "--home", home.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--limit must be at least 1");
    }

    @Test
    void reindexKeepsTheSameDocuments() throws IOException {
        Path h = tmp.resolve("home");
        assertThat(Console.run("ingest", "--no-embeddings", writeFixtures(tmp.resolve("docs")).toString(), "--home", h.toString()).exit())
                .isZero();
        List<DocumentSummary> before = documents(h);
        // The originals may be gone: reindex reads the kept copies.
        try (var files = Files.list(tmp.resolve("docs"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }

        Console.Result r = Console.run("reindex", "--no-embeddings", "--home", h.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("3 added");
        assertThat(documents(h)).isEqualTo(before);
        assertThat(h.resolve("index.rebuild")).doesNotExist();
        assertThat(h.resolve("index.old")).doesNotExist();

        Console.Result ask = Console.run("ask", JAPAN_QUESTION, "--home", h.toString());
        assertThat(ask.exit()).as(ask.toString()).isZero();
        assertThat(ask.out()).contains("Verdict: NEGATIVE");
    }

    @Test
    void ingestIntoAnIndexAnotherProcessIsWritingFailsWithAClearMessage() throws IOException {
        Path h = tmp.resolve("home");
        try (LuceneStore writer = LuceneStore.open(new StandpointHome(h), "test", "test")) {
            Console.Result r = Console.run("ingest", "--no-embeddings", writeFixtures(tmp.resolve("docs")).toString(), "--home", h.toString());
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains(new StandpointHome(h).index().toString())
                    .contains("being written by another Standpoint process").doesNotContain("Exception");
            // Reading beside the writer works.
            Console.Result stats = Console.run("stats", "--home", h.toString());
            assertThat(stats.exit()).as(stats.toString()).isZero();
            assertThat(stats.out()).contains("0 documents");
        }
    }

    @Test
    void aCorruptIndexIsReportedWithoutAStackTrace() throws IOException {
        Path h = tmp.resolve("home");
        assertThat(Console.run("ingest", "--no-embeddings", writeFixtures(tmp.resolve("docs")).toString(), "--home", h.toString()).exit())
                .isZero();
        Path index = new StandpointHome(h).index();
        try (var files = Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        Console.Result r = Console.run("stats", "--home", h.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).startsWith("standpoint: ").contains(index.toString()).doesNotContain("\tat ");
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    }

    @Test
    void invalidNumbersAreUsageErrors() throws IOException {
        String in = writeFixtures(tmp.resolve("docs")).toString();
        String h = tmp.resolve("home").toString();
        Console.Result threads = Console.run("ingest", "--no-embeddings", in, "--home", h, "--threads", "0");
        assertThat(threads.exit()).as(threads.toString()).isEqualTo(2);
        assertThat(threads.err()).contains("threads must be at least 1");

        Console.Result size = Console.run("ingest", "--no-embeddings", in, "--home", h, "--max-file-mb", "0");
        assertThat(size.exit()).as(size.toString()).isEqualTo(2);
        assertThat(size.err()).contains("megabytes must be between 1");

        Console.Result years = Console.run("ask", JAPAN_QUESTION, "--home", home.toString(), "--from", "2025",
                "--to", "2020");
        assertThat(years.exit()).as(years.toString()).isEqualTo(2);
        assertThat(years.err()).contains("before fromYear");

        Console.Result limit = Console.run("search", "Japan", "--home", home.toString(), "--limit", "0");
        assertThat(limit.exit()).as(limit.toString()).isEqualTo(2);
        assertThat(limit.err()).contains("limit must be between 1 and 10000");

        Console.Result notANumber = Console.run("search", "Japan", "--home", home.toString(), "--limit", "many");
        assertThat(notANumber.exit()).as(notANumber.toString()).isEqualTo(2);
    }

    @Test
    void anOversizedFileIsRefusedWithTheLimitInTheMessage() throws IOException {
        Path in = writeFixtures(tmp.resolve("docs"));
        Path big = in.resolve("big.txt");
        Files.writeString(big, "Japan is a reliable partner. ".repeat(40_000));
        Console.Result r = Console.run("ingest", "--no-embeddings", in.toString(), "--home", tmp.resolve("home").toString(),
                "--max-file-mb", "1");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + big + ": too large");
        assertThat(r.out()).contains("3 added");
    }

    @Test
    void theDemoAnswersFromTheExampleDocumentsNotFromTheirReadme() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples")),
                "the examples folder is beside the module");
        String old = System.getProperty("standpoint.root");
        System.setProperty("standpoint.root", root.toString());
        try {
            Console.Result r = Console.run("demo", "--home", tmp.resolve("demo").toString());
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).contains(" 0 failed").contains("answers agree with the intended verdict");
            // The README describes the examples and quotes them; it is not a document to cite.
            assertThat(r.out()).doesNotContain("\u201CExample documents\u201D");
        } finally {
            if (old == null) {
                System.clearProperty("standpoint.root");
            } else {
                System.setProperty("standpoint.root", old);
            }
        }
    }

    @Test
    void versionAndHelp() {
        Console.Result version = Console.run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Standpoint ");
        Console.Result help = Console.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("ingest").contains("ask").contains("show");
    }
}
