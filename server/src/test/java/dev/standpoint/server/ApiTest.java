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
}
