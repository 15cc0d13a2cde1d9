package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code standpoint compare}: grouping, and the CSV, JSON Lines and file outputs analysts take elsewhere. */
class CompareCommandTest {

    private static final List<String> HEADER = List.of("question", "by", "group", "group_verdict", "citation",
            "polarity", "holder", "document_id", "title", "published", "start", "end", "text");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static String home;

    @TempDir
    Path tmp;

    @BeforeAll
    static void ingest() {
        home = Views.ingest(shared.resolve("docs"), shared.resolve("home")).toString();
    }

    private static Console.Result compare(String... args) {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        all.addAll(List.of("--home", home));
        return Console.run(all.toArray(String[]::new));
    }

    @Test
    void byCountryNamesTheStatesOfSpeakersReportedHoldersAndFiles() {
        Console.Result r = compare(Views.SANCTIONS, "--by", "country");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith(Views.SANCTIONS).contains("grouped by country").contains("Russia")
                .contains("United States").contains("China").contains("Japan").contains("unknown")
                .contains("\u201CWe regret that the Western sanctions remain in place.\u201D").contains("Sources");
    }

    @Test
    void csvHasAHeaderAndOneRowPerCitedSentence() throws IOException {
        Console.Result csv = compare(Views.SANCTIONS, "--by", "country", "--format", "csv");
        assertThat(csv.exit()).as(csv.toString()).isZero();
        List<List<String>> rows = CsvReader.parse(csv.out());
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(row).hasSize(HEADER.size());
            assertThat(row.get(0)).isEqualTo(Views.SANCTIONS);
            assertThat(row.get(1)).isEqualTo("country");
            assertThat(Integer.parseInt(row.get(11))).isGreaterThan(Integer.parseInt(row.get(10)));
        });
        assertThat(rows).extracting(row -> row.get(2)).contains("Russia", "United States", "China", "Japan");
        // The text column holds a sentence with a comma, so it was quoted; it reads back whole.
        assertThat(rows).extracting(row -> row.get(12)).contains("The Black Sea grain corridor is a remarkable "
                + "achievement, and the sanctions debate should not obscure it.");

        JsonNode json = JSON.readTree(compare(Views.SANCTIONS, "--by", "country", "--json").out());
        assertThat(rows).hasSize(1 + json.path("citations").size());
        for (JsonNode c : json.path("citations")) {
            List<String> row = rows.stream().filter(x -> x.get(4).equals(c.path("number").asText())).findFirst()
                    .orElseThrow();
            assertThat(row.get(12)).isEqualTo(c.path("text").asText());
            assertThat(row.get(7)).isEqualTo(c.path("documentId").asText());
            assertThat(row.get(6)).isEqualTo(c.path("holder").asText());
        }
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksSoTheyRoundTrip() {
        String question = "How do they assess \"the sanctions\", today?\nAnd the grain corridor, tomorrow?";
        Console.Result r = compare(question, "--by", "holder", "--format", "csv");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(0)).isEqualTo(question));
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a \"b\", c\r\nd")).isEqualTo("\"a \"\"b\"\", c\r\nd\"");
        assertThat(CsvReader.parse(new Csv("x", "y").row("a,b", "say \"hi\"\nthen go").row(null, 3).toString()))
                .containsExactly(List.of("x", "y"), List.of("a,b", "say \"hi\"\nthen go"), List.of("", "3"));
    }

    @Test
    void jsonLinesAreOneObjectPerCitedSentence() throws IOException {
        Console.Result r = compare(Views.SANCTIONS, "--by", "year", "--format", "jsonl");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty();
        List<String> groups = new ArrayList<>();
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertThat(row.isObject()).as(line).isTrue();
            assertThat(row.path("question").asText()).isEqualTo(Views.SANCTIONS);
            assertThat(row.path("by").asText()).isEqualTo("year");
            assertThat(row.path("citation").asInt()).isPositive();
            assertThat(row.path("text").asText()).isNotBlank();
            groups.add(row.path("group").asText());
        }
        assertThat(groups).contains("2015", "2023", "2024");
        List<List<String>> csv = CsvReader.parse(compare(Views.SANCTIONS, "--by", "year", "--format", "csv").out());
        assertThat(lines).hasSize(csv.size() - 1);
    }

    @Test
    void noResultsInJsonLinesIsNoLinesAtAll() {
        Console.Result r = compare("What about the price of bananas on Jupiter?", "--format", "jsonl");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        Console.Result csv = compare("What about the price of bananas on Jupiter?", "--format", "csv");
        assertThat(CsvReader.parse(csv.out())).hasSize(1);
    }

    @Test
    void outputGoesToAFileInsteadOfStandardOutput() throws IOException {
        Path file = tmp.resolve("by-source.csv");
        Console.Result r = compare(Views.SANCTIONS, "--by", "source", "--format", "csv", "--output", file.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(compare(Views.SANCTIONS, "--by", "source", "--format", "csv").out());
        assertThat(CsvReader.parse(written)).extracting(row -> row.get(2)).contains("example-review.org");

        Path json = tmp.resolve("by-author.json");
        assertThat(compare(Views.SANCTIONS, "--by", "author", "--json", "-o", json.toString()).exit()).isZero();
        assertThat(JSON.readTree(json.toFile()).path("by").asText()).isEqualTo("AUTHOR");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAFailureWithAClearMessage() {
        Path file = tmp.resolve("no/such/folder/out.csv");
        Console.Result r = compare(Views.SANCTIONS, "--format", "csv", "--output", file.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write " + file).contains("does not exist")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void badGroupingsAndFormatsAreUsageErrors() {
        Console.Result by = compare(Views.SANCTIONS, "--by", "nation");
        assertThat(by.exit()).as(by.toString()).isEqualTo(2);
        assertThat(by.err()).contains("holder, author, country, year or source").contains("nation");
        Console.Result format = compare(Views.SANCTIONS, "--format", "xml");
        assertThat(format.exit()).as(format.toString()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text, json, jsonl or csv");
        Console.Result empty = compare("  ");
        assertThat(empty.exit()).as(empty.toString()).isEqualTo(2);
        assertThat(empty.err()).contains("the question is empty");
    }
}
