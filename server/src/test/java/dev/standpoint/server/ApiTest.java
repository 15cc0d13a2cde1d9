package dev.standpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {

    private static Http http;

    @BeforeAll
    static void start() {
        http = new Http(Fixture.shared().base);
    }

    @Test
    void healthAndStats() {
        Http.Reply r = http.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("documents").asLong()).isGreaterThanOrEqualTo(6);
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.get("assessments").asLong()).isPositive();
        assertThat(stats.get("facets").get("polarity").has("negative")).isTrue();
    }

    @Test
    void askGivesAVerdictWithQuotedCitations() {
        Http.Reply r = http.get("/api/ask?q=" + Http.enc(
                "How do experts assess Russia's reliability as a partner for Arctic shipping on the Northern Sea Route?"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.get("verdict").get("label").asText()).isEqualTo("NEGATIVE");
        assertThat(a.get("citations").size()).isPositive();
        JsonNode c = a.get("citations").get(0);
        String docId = c.get("documentId").asText();
        JsonNode doc = http.get("/api/documents/" + docId).json();
        String text = doc.get("document").get("text").asText();
        String quoted = text.substring(c.get("start").asInt(), c.get("end").asInt()).replaceAll("\\s+", " ");
        assertThat(quoted).isEqualTo(c.get("text").asText());
    }

    @Test
    void errorsAreJsonWithoutInternals() {
        Http.Reply missing = http.get("/api/documents/0000000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).contains("0000000000000000");

        Http.Reply noRoute = http.get("/api/nothing-here");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.json().get("message").asText()).contains("/api/nothing-here");

        Http.Reply tooLong = http.get("/api/ask?q=" + "a".repeat(1001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("1,000");

        Http.Reply badLimit = http.get("/api/documents?limit=100000");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("message").asText()).contains("limit");

        Http.Reply badId = http.get("/api/documents/..%2F..%2Fetc%2Fpasswd");
        assertThat(badId.status()).isIn(400, 404);

        Http.Reply years = http.get("/api/ask?q=Japan&from=2025&to=2020");
        assertThat(years.status()).isEqualTo(400);
        for (Http.Reply r : new Http.Reply[] {missing, noRoute, tooLong, badLimit, badId, years}) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dev.standpoint");
        }
    }

    @Test
    void securityHeadersOnPagesAndApi() {
        for (String path : new String[] {"/", "/api/health"}) {
            Http.Reply r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.header("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void uploadKeepsTheFileNameAndReportsEachFile() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../etc/Upload Test Note.md", ("# Upload test: Norway and Japan\n\nBy Test Author\n\n"
                + "Norwegian officials are very pleased with Japan's cooperation on polar research.\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("empty.txt", new byte[0]);
        Http.Reply r = http.upload(files);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().get("files");
        assertThat(results.get(0).get("source").asText()).isEqualTo("Upload Test Note.md");
        assertThat(results.get(0).get("status").asText()).isIn("ADDED", "UNCHANGED");
        assertThat(results.get(1).get("status").asText()).isEqualTo("FAILED");
        assertThat(results.get(1).get("reason").asText()).isEqualTo("empty file");
        String id = results.get(0).get("documentId").asText();
        JsonNode doc = http.get("/api/documents/" + id).json();
        assertThat(doc.get("document").get("source").asText()).isEqualTo("Upload Test Note.md");
    }

    @Test
    void openApiDescribesEveryRouteAndOnlyThem() {
        JsonNode doc = http.get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        java.util.Set<String> described = new java.util.TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m + " " + p.getKey())));
        java.util.Set<String> registered = new java.util.TreeSet<>();
        for (StandpointServer.Route r : Fixture.shared().server.routes()) {
            registered.add(r.method() + " " + r.path());
        }
        assertThat(described).isEqualTo(registered);
        String text = doc.toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/(schemas|responses)/(\\w+)").matcher(text);
        while (m.find()) {
            assertThat(doc.get("components").get(m.group(1)).has(m.group(2))).as(m.group()).isTrue();
        }
    }

    @Test
    void listsArePagedWithALimit() {
        JsonNode first = http.get("/api/documents?limit=2").json();
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(6);
        JsonNode second = http.get("/api/documents?limit=2&offset=2").json();
        assertThat(second.get("items").get(0).get("id").asText()).isNotEqualTo(first.get("items").get(0).get("id").asText());
        JsonNode hits = http.get("/api/search?q=Russia&assessments=true&limit=3").json();
        assertThat(hits.get("items").size()).isEqualTo(3);
        assertThat(hits.get("items").get(0).get("sentence").get("assessment").get("assessment").asBoolean()).isTrue();
        assertThat(http.get("/api/search?q=Russia&limit=201").status()).isEqualTo(400);
        assertThat(http.get("/api/entities?offset=-1").status()).isEqualTo(400);
    }

    @Test
    void entityAndDyadProfilesSayWhoAssessesThemAndHow() {
        JsonNode entities = http.get("/api/entities?type=STATE&limit=50").json();
        assertThat(entities.get("items").findValuesAsText("id")).contains("RUS", "JPN");
        JsonNode russia = http.get("/api/entities/RUS?limit=5").json();
        assertThat(russia.get("subject").get(0).get("name").asText()).isEqualTo("Russia");
        assertThat(russia.get("assessments").asLong()).isPositive();
        assertThat(russia.get("polarity").get("negative").asLong()).isPositive();
        assertThat(russia.get("holders").size()).isPositive();
        assertThat(russia.get("timeline").size()).isPositive();
        assertThat(russia.get("items").get("items").size()).isEqualTo(5);
        for (JsonNode hit : russia.get("items").get("items")) {
            assertThat(hit.get("sentence").get("mentions").findValuesAsText("entityId")).contains("RUS");
        }
        JsonNode dyads = http.get("/api/dyads?limit=100").json();
        assertThat(dyads.get("items").size()).isPositive();
        JsonNode d = dyads.get("items").get(0);
        JsonNode pair = http.get("/api/dyads/" + d.get("first").get("id").asText() + "/" + d.get("second").get("id").asText())
                .json();
        assertThat(pair.get("subject").size()).isEqualTo(2);
        assertThat(http.get("/api/entities/NO-SUCH-ENTITY").status()).isEqualTo(404);
    }

    @Test
    void compareGroupsTheSameAssessments() {
        JsonNode c = http.get("/api/compare?by=holder&q=" + Http.enc(
                "How do officials assess the prospects of reviving a Black Sea grain deal that includes Russia?")).json();
        assertThat(c.get("by").asText()).isEqualTo("HOLDER");
        assertThat(c.get("groups").size()).isPositive();
        int total = 0;
        for (JsonNode g : c.get("groups")) {
            total += g.get("verdict").get("assessments").asInt();
            for (JsonNode n : g.get("citations")) {
                assertThat(n.asInt()).isBetween(1, c.get("citations").size());
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(c.get("overall").get("assessments").asInt());
        assertThat(http.get("/api/compare?by=colour&q=Russia").status()).isEqualTo(400);
    }

    @Test
    void forecastsResolveAndScore() {
        JsonNode open = http.get("/api/forecasts?status=all&limit=5").json();
        assertThat(open.get("items").size()).isPositive();
        String id = open.get("items").get(0).get("id").asText();
        Http.Reply r = http.post("/api/forecasts/" + id + "/resolve", "application/json",
                "{\"outcome\": \"true\", \"note\": \"it happened\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("outcome").asText()).isEqualTo("TRUE");
        assertThat(http.get("/api/forecasts/" + id).json().get("resolution").get("note").asText()).isEqualTo("it happened");
        JsonNode score = http.get("/api/forecasts/score").json();
        assertThat(score.get("overall").get("n").asInt()).isPositive();
        assertThat(score.get("overall").get("brier").isNumber()).isTrue();
        assertThat(http.post("/api/forecasts/" + id + "/resolve", "application/json",
                "{\"outcome\": \"maybe\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(http.post("/api/forecasts/0000000000000000-0000000000/resolve", "application/json",
                "{\"outcome\": \"true\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
    }

    @Test
    void writesFromAnotherOriginAreRefused() {
        Http.Reply r = http.post("/api/forecasts/x-1/resolve", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "Origin", "http://evil.example");
        assertThat(r.status()).isEqualTo(403);
        Http.Reply site = http.upload(Map.of("a.txt", "text".getBytes(StandardCharsets.UTF_8)), "Sec-Fetch-Site", "cross-site");
        assertThat(site.status()).isEqualTo(403);
    }

    @Test
    void aTokenGuardsWritesButNotReads() {
        Backend backend = Fixture.shared().backend;
        String token = "correct-horse-battery-staple";
        try (StandpointServer guarded = new StandpointServer(backend,
                ServerConfig.defaults().withPort(0).withHost("127.0.0.1", token)).start()) {
            Http g = new Http("http://127.0.0.1:" + guarded.port());
            assertThat(g.get("/api/health").json().get("tokenRequired").asBoolean()).isTrue();
            Map<String, byte[]> file = Map.of("token-test.txt", "Japan is a reliable partner.\n".getBytes(StandardCharsets.UTF_8));
            Http.Reply none = g.upload(file);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.json().get("message").asText()).contains("token");
            assertThat(g.upload(file, "Authorization", "Bearer wrong-token-wrong-token").status()).isEqualTo(401);
            assertThat(g.upload(file, "Authorization", "Bearer " + token).status()).isEqualTo(200);
        }
    }

    @Test
    void uploadsOverTheLimitAreRefused() {
        try (StandpointServer small = new StandpointServer(Fixture.shared().backend,
                ServerConfig.defaults().withPort(0).withMaxUploadBytes(2048)).start()) {
            Http s = new Http("http://127.0.0.1:" + small.port());
            Http.Reply r = s.upload(Map.of("big.txt", "x".repeat(4096).getBytes(StandardCharsets.UTF_8)));
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("message").asText()).contains("limit");
        }
    }

    @Test
    void aTakenPortIsReportedClearly() {
        int taken = Fixture.shared().server.port();
        StandpointServer second = new StandpointServer(Fixture.shared().backend, ServerConfig.defaults().withPort(taken));
        org.assertj.core.api.Assertions.assertThatThrownBy(second::start)
                .isInstanceOf(StandpointServer.BindException.class).hasMessageContaining("in use");
    }

    @Test
    void offLoopbackNeedsAToken() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerConfig.defaults().withHost("0.0.0.0", null))
                .hasMessageContaining("token");
        assertThat(ServerConfig.defaults().withHost("0.0.0.0", "sixteen-chars-ok").loopback()).isFalse();
        assertThat(Uploads.safeName("../../etc/passwd", 0)).isEqualTo("passwd");
        assertThat(Uploads.safeName("C:\\temp\\..\\.bashrc", 0)).isEqualTo("bashrc");
        assertThat(Uploads.safeName("", 2)).isEqualTo("upload-3.txt");
    }
}
