package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external benchmark commands end to end on tiny data sets written here by hand in each format: they read
 * {@code --data}, print parseable JSON with {@code --json}, and fail as usage errors on missing data.
 */
class EvalExternalCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode runJson(String... args) throws IOException {
        Console.Result r = Console.run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void wikiweasel() throws IOException {
        Files.writeString(tmp.resolve("test.csv"), "text,label\n\"The bridge was built in 1890.\n\",0\n"
                + "\"The bridge might be the oldest in the region.\n\",1\n\"Some say it was never finished.\n\",1\n");
        JsonNode j = runJson("eval", "wikiweasel", "--data", tmp.toString(), "--json");
        assertThat(j.path("sentences").asInt()).isEqualTo(3);
        assertThat(j.path("uncertain").asInt()).isEqualTo(2);
        assertThat(j.path("system").path("recall").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.path("anchor").asText()).contains("0.60");

        Console.Result table = Console.run("eval", "wikiweasel", "--data", tmp.toString(), "--every", "2", "--errors", "5");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).contains("2 sentences").contains("uncertain F1").contains("Missed uncertain sentences");
    }

    @Test
    void bioscope() throws IOException {
        Files.writeString(tmp.resolve("abstracts.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <Annotation><DocumentSet><Document><DocumentPart>
                <sentence id="S1.1">The protein binds DNA.</sentence>
                <sentence id="S1.2">It <xcope id="X1"><cue type="speculation" ref="X1">may</cue> regulate growth</xcope>.</sentence>
                </DocumentPart></Document></DocumentSet></Annotation>
                """);
        JsonNode j = runJson("eval", "bioscope", "--data", tmp.toString(), "--json");
        assertThat(j.path("split").asText()).isEqualTo("abstracts");
        assertThat(j.path("sentences").asInt()).isEqualTo(2);
        assertThat(j.path("uncertain").asInt()).isEqualTo(1);
        assertThat(Console.run("eval", "bioscope", "--data", tmp.toString(), "--part", "clinical").exit()).isEqualTo(2);
    }

    @Test
    void claimStance() throws IOException {
        String header = "topicId,split,topicText,topicTarget,topicSentiment,claims.claimId,claims.stance,"
                + "claims.claimCorrectedText,claims.claimOriginalText,claims.article.rawFile,claims.article.rawSpan.start,"
                + "claims.article.rawSpan.end,claims.article.cleanFile,claims.article.cleanSpan.start,"
                + "claims.article.cleanSpan.end,claims.Compatible,claims.claimTarget.text,claims.claimTarget.span.start,"
                + "claims.claimTarget.span.end,claims.claimSentiment,claims.targetsRelation\n";
        Path f = Files.writeString(tmp.resolve("claims.csv"), header
                + "1,test,ban lawn darts,lawn darts,-1,1,PRO,Lawn darts are a dangerous disaster,x,a,0,1,b,0,1,yes,Lawn darts,0,10,-1,1\n"
                + "1,test,ban lawn darts,lawn darts,-1,2,CON,Lawn darts are wonderful fun,x,a,0,1,b,0,1,yes,Lawn darts,0,10,1,1\n"
                + "1,train,ban lawn darts,lawn darts,-1,3,PRO,Lawn darts hurt children,x,a,0,1,b,0,1,yes,Lawn darts,0,10,-1,1\n");
        JsonNode j = runJson("eval", "claim-stance", "--data", f.toString(), "--json");
        assertThat(j.path("claims").asInt()).isEqualTo(2);
        assertThat(j.path("fallback").asText()).isEqualTo("PRO");
        assertThat(j.path("majority").path("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(j.has("oracleSentiment")).isTrue();
    }

    @Test
    void mpqa() throws IOException {
        String text = "The minister praised the deal. Rain fell on Tuesday.";
        String json = """
                {"sentences": [
                  {"span": [{"startPos": 0, "endPos": 30}], "annotations": [
                    {"classType": "YDirectSubj", "nestedSource": ["w", "minister"], "intensity": "medium",
                     "span": {"startPos": 13, "endPos": 20},
                     "attitudes": [{"attitudeType": "sentiment", "polarity": "positive", "intensity": "medium"}]}]},
                  {"span": [{"startPos": 31, "endPos": 52}], "annotations": [
                    {"classType": "YObjSpeechEvent", "nestedSource": ["w"], "span": {"startPos": 0, "endPos": 0}}]}
                ]}""";
        zip(tmp.resolve("mpqa3_json_c85f0ee.zip"), "json/non_fbis/doc-1", json);
        zip(tmp.resolve("mpqa_raw_docs.zip"), "raw/non_fbis/doc-1", text);
        JsonNode j = runJson("eval", "mpqa", "--data", tmp.toString(), "--json");
        assertThat(j.path("documents").asInt()).isEqualTo(1);
        assertThat(j.path("sentences").asInt()).isEqualTo(2);
        assertThat(j.path("subjectivity").path("n").asInt()).isEqualTo(2);
    }

    @Test
    void conll() throws IOException {
        Files.writeString(tmp.resolve("eng.testb"), "Japan NNP I-NP I-LOC\nbeat VBD I-VP O\nSyria NNP I-NP I-LOC\n"
                + ". . O O\n\n-DOCSTART- -X- -X- O\n");
        JsonNode j = runJson("eval", "conll", "--data", tmp.toString(), "--json");
        assertThat(j.path("gold").asInt()).isEqualTo(2);
        assertThat(j.path("perType").path("LOC").path("recall").asDouble()).isEqualTo(1.0);
        assertThat(j.path("inKb").asInt()).isEqualTo(2);
    }

    @Test
    void missingDataIsAUsageErrorThatNamesThePath() {
        Path nowhere = tmp.resolve("nowhere");
        for (String command : new String[] {"wikiweasel", "bioscope", "claim-stance", "mpqa", "conll"}) {
            Console.Result r = Console.run("eval", command, "--data", nowhere.toString());
            assertThat(r.exit()).as(command + ": " + r).isEqualTo(2);
            assertThat(r.err()).as(command).contains("nowhere");
        }
    }

    private static void zip(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            out.closeEntry();
        }
    }
}
