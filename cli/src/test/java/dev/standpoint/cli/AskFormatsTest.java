package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code standpoint ask --format csv|jsonl}: one row per citation, agreeing with the JSON answer. */
class AskFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static String home;
    private static JsonNode answer;

    @BeforeAll
    static void ingest() throws IOException {
        home = Views.ingest(shared.resolve("docs"), shared.resolve("home")).toString();
        Console.Result r = Console.run("ask", Views.SANCTIONS, "--json", "--home", home);
        assertThat(r.exit()).as(r.toString()).isZero();
        answer = JSON.readTree(r.out());
        assertThat(answer.path("citations").size()).isPositive();
    }

    @Test
    void csvHasOneRowPerCitation() {
        Console.Result r = Console.run("ask", Views.SANCTIONS, "--format", "csv", "--home", home);
        assertThat(r.exit()).as(r.toString()).isZero();
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows.get(0)).containsExactly("question", "verdict", "citation", "polarity", "forecast", "holder",
                "author", "document_id", "title", "published", "sentence", "start", "end", "text", "relevance",
                "weight");
        assertThat(rows).hasSize(1 + answer.path("citations").size());
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            JsonNode c = answer.path("citations").get(i - 1);
            assertThat(row).hasSize(16);
            assertThat(row.get(0)).isEqualTo(Views.SANCTIONS);
            assertThat(row.get(1)).isEqualTo(answer.path("verdict").path("label").asText().toLowerCase());
            assertThat(row.get(2)).isEqualTo(c.path("number").asText());
            assertThat(row.get(13)).isEqualTo(c.path("text").asText());
            assertThat(row.get(7)).isEqualTo(c.path("documentId").asText());
            assertThat(row.get(4)).isIn("true", "false");
            assertThat(Double.parseDouble(row.get(14))).isBetween(0.0, 1.0);
        }
    }

    @Test
    void jsonLinesHaveOneParsableObjectPerCitation() throws IOException {
        Path file = shared.resolve("answer.jsonl");
        Console.Result r = Console.run("ask", Views.SANCTIONS, "--format", "jsonl", "--output", file.toString(),
                "--home", home);
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(answer.path("citations").size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertThat(row.path("citation").asInt()).isEqualTo(i + 1);
            assertThat(row.path("text").asText()).isEqualTo(answer.path("citations").get(i).path("text").asText());
            assertThat(row.path("question").asText()).isEqualTo(Views.SANCTIONS);
        }
    }

    @Test
    void aBadFormatIsAUsageError() {
        Console.Result r = Console.run("ask", Views.SANCTIONS, "--format", "yaml", "--home", home);
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--format must be text, json, jsonl or csv; got 'yaml'");
    }
}
