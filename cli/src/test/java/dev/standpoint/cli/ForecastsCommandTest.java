package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code standpoint forecasts list|show|resolve|score|check} on a real data directory. */
class ForecastsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static Path original;

    @TempDir
    Path tmp;

    /** Each test resolves in its own copy of the data directory. */
    private String home;

    @BeforeAll
    static void ingest() {
        original = Views.ingest(shared.resolve("docs"), shared.resolve("home"));
    }

    @BeforeEach
    void copyHome() {
        home = Views.copy(original, tmp.resolve("home")).toString();
    }

    private Console.Result forecasts(String... args) {
        List<String> all = new ArrayList<>(List.of("forecasts"));
        all.addAll(List.of(args));
        if (!args[0].equals("check")) {
            all.addAll(List.of("--home", home));
        }
        return Console.run(all.toArray(String[]::new));
    }

    private JsonNode list(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(options));
        Console.Result r = forecasts(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    private String idOf(String text) throws IOException {
        for (JsonNode f : list().path("forecasts")) {
            if (f.path("text").asText().equals(text)) {
                return f.path("id").asText();
            }
        }
        throw new AssertionError("no forecast '" + text + "'");
    }

    @Test
    void listShowsEveryForecastWithItsBandAndHolder() throws IOException {
        Console.Result r = forecasts("list");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("forecasts in the index").contains(idOf(Views.FINLAND))
                .contains("almost certain (97%) · Ingrid Salo-Mwangi").contains("\u201C" + Views.FINLAND + "\u201D")
                .contains("if: \u201Cas long as the funding holds\u201D");
        JsonNode json = list();
        assertThat(json.path("total").asInt()).isEqualTo(json.path("forecasts").size());
        assertThat(json.path("forecasts").size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void listFiltersAndPages() throws IOException {
        JsonNode ingrid = list("--holder", "Ingrid Salo-Mwangi");
        assertThat(ingrid.path("forecasts").size()).isEqualTo(4);
        assertThat(ingrid.path("forecasts").findValuesAsText("holder")).containsOnly("Ingrid Salo-Mwangi");
        assertThat(list("--entity", "FIN").path("forecasts").findValuesAsText("text")).containsExactly(Views.FINLAND);
        assertThat(list("--from", "2024").path("forecasts").findValuesAsText("made")).allMatch(d -> d.startsWith("2024"));
        // The statement has no date; the year in its file name (JPN_70_2015.txt) places it.
        assertThat(list("--to", "2020").path("forecasts").findValuesAsText("text"))
                .containsExactly("Japan will continue to support the grain corridor.");
        assertThat(list("--to", "2010").path("forecasts").size()).isZero();

        List<String> all = list().path("forecasts").findValuesAsText("id");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            paged.addAll(list("--offset", String.valueOf(offset), "--limit", "2").path("forecasts").findValuesAsText("id"));
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void listAsCsvAndJsonLines() throws IOException {
        Console.Result csv = forecasts("list", "--format", "csv");
        assertThat(csv.exit()).as(csv.toString()).isZero();
        List<List<String>> rows = CsvReader.parse(csv.out());
        assertThat(rows.get(0)).containsExactly("id", "made", "holder", "likelihood", "probability", "text",
                "conditions", "document_id", "title", "start", "end", "outcome", "note");
        assertThat(rows).hasSize(1 + list().path("forecasts").size());
        List<String> finland = rows.stream().filter(row -> row.get(5).equals(Views.FINLAND)).findFirst().orElseThrow();
        assertThat(finland.get(3)).isEqualTo("almost certain");
        assertThat(finland.get(4)).isEqualTo("0.970");

        Console.Result jsonl = forecasts("list", "--format", "jsonl");
        assertThat(jsonl.exit()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize(rows.size() - 1);
        for (String line : lines) {
            assertThat(JSON.readTree(line).path("id").asText()).isNotBlank();
        }
    }

    @Test
    void showResolveAndScore() throws IOException {
        String finland = idOf(Views.FINLAND);
        Console.Result show = forecasts("show", finland);
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains(finland).contains(Views.FINLAND).contains("Outlook for the Baltic Sea Region")
                .doesNotContain("resolved");

        Console.Result resolve = forecasts("resolve", finland, "true", "--note", "signed in June, \"as expected\"");
        assertThat(resolve.exit()).as(resolve.toString()).isZero();
        assertThat(resolve.out()).contains("resolved " + finland + " as true");
        // A second judgement of another forecast: the log takes more than one line.
        String estonia = idOf("It is very likely that Estonia will raise its defence budget again next year.");
        assertThat(forecasts("resolve", estonia, "FALSE").exit()).isZero();
        // And a change of mind: the latest judgement counts.
        assertThat(forecasts("resolve", estonia, "void", "--note", "budget law withdrawn").exit()).isZero();

        JsonNode shown = JSON.readTree(forecasts("show", finland, "--json").out());
        assertThat(shown.path("resolution").path("outcome").asText()).isEqualTo("TRUE");
        assertThat(shown.path("resolution").path("note").asText()).isEqualTo("signed in June, \"as expected\"");
        assertThat(forecasts("show", finland).out()).contains("resolved true").contains("as expected");

        assertThat(list("--status", "resolved").path("forecasts").findValuesAsText("id"))
                .containsExactlyInAnyOrder(finland, estonia);
        assertThat(list("--status", "open").path("forecasts").findValuesAsText("id")).doesNotContain(finland, estonia);

        Console.Result score = forecasts("score");
        assertThat(score.exit()).as(score.toString()).isZero();
        assertThat(score.out()).contains("Overall: Brier 0.001 over 1 resolved forecast (1 void")
                .contains("Calibration").contains("Ingrid Salo-Mwangi");
        JsonNode json = JSON.readTree(forecasts("score", "--json").out());
        assertThat(json.path("overall").path("n").asInt()).isEqualTo(1);
        assertThat(json.path("overall").path("brier").asDouble()).isCloseTo(0.03 * 0.03, within(1e-9));
        assertThat(json.path("voided").asInt()).isEqualTo(1);
    }

    @Test
    void scoreWithNothingResolvedSaysSo() throws IOException {
        Console.Result r = forecasts("score");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("No resolved forecasts yet");
        Console.Result json = forecasts("score", "--json");
        assertThat(json.exit()).isZero();
        assertThat(JSON.readTree(json.out()).path("overall").path("n").asInt()).isZero();
    }

    @Test
    void badArgumentsAreUsageErrorsAndUnknownIdsFailures() throws IOException {
        String finland = idOf(Views.FINLAND);
        Console.Result outcome = forecasts("resolve", finland, "maybe");
        assertThat(outcome.exit()).as(outcome.toString()).isEqualTo(2);
        assertThat(outcome.err()).contains("true, false or void").contains("maybe");

        Console.Result unknown = forecasts("resolve", "0123456789abcdef-0123456789", "true");
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(1);
        assertThat(unknown.err()).contains("no forecast with id '0123456789abcdef-0123456789'");
        Console.Result show = forecasts("show", "nonsense");
        assertThat(show.exit()).as(show.toString()).isEqualTo(1);

        assertThat(forecasts("list", "--status", "pending").exit()).isEqualTo(2);
        assertThat(forecasts("list", "--limit", "0").exit()).isEqualTo(2);
        assertThat(forecasts("list", "--format", "xml").exit()).isEqualTo(2);
        assertThat(Files.exists(Path.of(home, "judgements", "forecast-resolutions.jsonl"))).isFalse();
    }

    @Test
    void checkScoresTheCrowdOnForecastBench() throws IOException {
        Path bench = ProjectPaths.shared().map(s -> s.resolve("datasets/forecastbench")).orElse(Path.of("absent"));
        assumeTrue(Files.isDirectory(bench.resolve("datasets/question_sets")), "ForecastBench not found at " + bench);
        Console.Result r = forecasts("check", "--forecastbench", bench.toString(), "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.path("bySource").properties()).extracting(java.util.Map.Entry::getKey)
                .isSubsetOf(Set.of("manifold", "metaculus", "polymarket", "infer"));
        double brier = json.path("crowd").path("brier").asDouble();
        assertThat(brier).isGreaterThan(0).isLessThan(0.25);
        Console.Result text = forecasts("check", "--forecastbench", bench.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("resolved market questions").contains("crowd Brier")
                .contains(String.format(java.util.Locale.ROOT, "%.4f", brier));

        Console.Result missing = forecasts("check", "--forecastbench", tmp.resolve("nothing").toString());
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err()).contains("question_sets");
    }
}
