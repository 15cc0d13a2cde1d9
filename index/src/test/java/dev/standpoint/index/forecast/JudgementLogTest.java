package dev.standpoint.index.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The append-only log of resolutions: durable, latest judgement wins, a torn last line ignored. */
class JudgementLogTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static Resolution resolution(String id, Outcome outcome, String note, int minutes) {
        return new Resolution(id, outcome, note, T0.plusSeconds(60L * minutes));
    }

    /** Appends the first {@code keep} bytes of a record's line without its end, as a crash mid-write would leave it. */
    private static void appendTorn(JudgementLog log, String json, int cut) throws IOException {
        byte[] line = json.getBytes(StandardCharsets.UTF_8);
        Files.write(log.file(), Arrays.copyOf(line, line.length - cut), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    @Test
    void anAbsentLogIsEmptyAndReadingDoesNotCreateIt() {
        JudgementLog log = new JudgementLog(dir.resolve("judgements"));
        assertThat(log.latest()).isEmpty();
        assertThat(log.file()).doesNotExist();
        assertThat(log.file().getFileName()).hasToString("forecast-resolutions.jsonl");
    }

    @Test
    void everyAppendIsKeptAndReadBackByANewInstance() {
        JudgementLog log = new JudgementLog(dir.resolve("judgements"));
        for (int i = 0; i < 5; i++) {
            log.append(resolution("doc-" + i, Outcome.TRUE, "note " + i, i));
        }
        JudgementLog reopened = new JudgementLog(dir.resolve("judgements"));
        assertThat(reopened.latest()).hasSize(5).containsKeys("doc-0", "doc-4");
        assertThat(reopened.latest().get("doc-3")).isEqualTo(resolution("doc-3", Outcome.TRUE, "note 3", 3));
    }

    @Test
    void theLatestJudgementWins() {
        JudgementLog log = new JudgementLog(dir);
        log.append(resolution("a-1", Outcome.TRUE, "", 0));
        log.append(resolution("b-1", Outcome.VOID, "", 1));
        log.append(resolution("a-1", Outcome.FALSE, "second thoughts", 2));
        assertThat(log.latest()).hasSize(2);
        assertThat(log.latest().get("a-1")).isEqualTo(resolution("a-1", Outcome.FALSE, "second thoughts", 2));
        assertThat(log.latest().get("b-1").outcome()).isEqualTo(Outcome.VOID);
    }

    @Test
    void aTornLastLineIsIgnoredAndTheNextAppendStartsOnALineOfItsOwn() throws IOException {
        JudgementLog log = new JudgementLog(dir);
        log.append(resolution("a-1", Outcome.TRUE, "", 0));
        appendTorn(log, "{\"forecastId\":\"b-1\",\"outcome\":\"FALSE\",\"note\":\"cut short\",\"at\":\"2025-01-0", 0);

        assertThat(log.latest()).containsOnlyKeys("a-1");

        log.append(resolution("c-1", Outcome.VOID, "after the crash", 5));
        assertThat(log.latest()).containsOnlyKeys("a-1", "c-1");
        assertThat(log.latest().get("c-1").note()).isEqualTo("after the crash");
        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("{\"forecastId\":\"b-1\"").doesNotContain("c-1");
        assertThat(lines.get(2)).startsWith("{").endsWith("}").contains("c-1");
    }

    @Test
    void aLineCutInsideAMultiByteCharacterDoesNotMakeTheLogUnreadable() throws IOException {
        JudgementLog log = new JudgementLog(dir);
        log.append(resolution("a-1", Outcome.TRUE, "Türkiye — good call", 0));
        // "—" is three bytes in UTF-8; cut after its first.
        String json = "{\"forecastId\":\"b-1\",\"outcome\":\"FALSE\",\"note\":\"caf\u00e9 \u2014";
        appendTorn(log, json, 2);

        assertThat(log.latest()).containsOnlyKeys("a-1");
        assertThat(log.latest().get("a-1").note()).isEqualTo("Türkiye — good call");
        log.append(resolution("b-1", Outcome.FALSE, "the real one", 3));
        assertThat(log.latest()).containsOnlyKeys("a-1", "b-1");
        assertThat(log.latest().get("b-1").note()).isEqualTo("the real one");
    }

    @Test
    void aTornLineInTheMiddleIsSkippedToo() throws IOException {
        JudgementLog log = new JudgementLog(dir);
        log.append(resolution("a-1", Outcome.TRUE, "", 0));
        Files.writeString(log.file(), "{\"forecastId\":\"x-1\",\"outc\n\n", StandardOpenOption.APPEND);
        Files.writeString(log.file(), "{\"forecastId\":\"y-1\",\"outcome\":\"MAYBE\",\"at\":\"2025-01-01T00:00:00Z\"}\n",
                StandardOpenOption.APPEND);
        log.append(resolution("b-1", Outcome.FALSE, "", 1));
        assertThat(log.latest()).containsOnlyKeys("a-1", "b-1");
    }
}
