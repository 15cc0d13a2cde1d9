package dev.standpoint.index.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.index.TestDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each external benchmark on a small fixed subset must reproduce the scores recorded in
 * {@code /eval/expected-external.properties} within ±0.01, both ways: a score that rises is news too. The subsets
 * (stride and limit) are defined in the same file, so updating it after a change to the extractor is one edit; a
 * failure prints the actual values in the file's format. Skips when the shared data is absent.
 */
class ExternalBenchmarksTest {

    private static final double TOLERANCE = 0.01;
    private static final Properties EXPECTED = new Properties();
    private static SegmentedAnalysis analysis;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ExternalBenchmarksTest.class.getResourceAsStream("/eval/expected-external.properties")) {
            assertThat(in).as("/eval/expected-external.properties on the test class path").isNotNull();
            EXPECTED.load(in);
        }
        analysis = new SegmentedAnalysis(dev.standpoint.index.TestDocuments.analyser());
    }

    @Test
    void wikiweasel() {
        Path file = dataset("wikiweasel-sentences/test.csv");
        List<SentenceCertainty.Item> items = Subset.of(WikiWeasel.read(file), integer("wikiweasel.every"),
                integer("wikiweasel.limit"));
        certainty("wikiweasel", SentenceCertainty.evaluate(items, analysis));
    }

    @Test
    void bioscope() {
        Path file = dataset("bioscope/data/bioscope/abstracts.xml");
        List<SentenceCertainty.Item> items = Subset.of(BioScope.read(file), integer("bioscope.every"),
                integer("bioscope.limit"));
        certainty("bioscope", SentenceCertainty.evaluate(items, analysis));
    }

    private static void certainty(String prefix, SentenceCertainty.Result r) {
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put(prefix + ".sentences", (double) r.sentences());
        actual.put(prefix + ".uncertain.precision", r.system().precision());
        actual.put(prefix + ".uncertain.recall", r.system().recall());
        actual.put(prefix + ".uncertain.f1", r.system().f1());
        actual.put(prefix + ".accuracy", r.system().accuracy());
        check(actual);
    }

    @Test
    void claimStance() {
        List<ClaimStance.Item> all = ClaimStance.read(dataset("ibm-claim-stance/claim_stance_dataset_v1.csv"));
        List<ClaimStance.Item> test = Subset.of(ClaimStance.split(all, "test"), integer("claim-stance.every"),
                integer("claim-stance.limit"));
        ClaimStance.Result r = ClaimStance.evaluate(test, ClaimStance.split(all, "train"), analysis);
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put("claim-stance.claims", (double) r.claims());
        actual.put("claim-stance.accuracy", r.system().accuracy());
        actual.put("claim-stance.macro-f1", r.system().macroF1());
        actual.put("claim-stance.coverage", r.coverage());
        actual.put("claim-stance.claim-polarity.accuracy", r.claimSentiment().accuracy());
        check(actual);
    }

    @Test
    void mpqa() {
        Path dir = dataset("mpqa3-json");
        List<Mpqa.Doc> docs = Mpqa.read(dir.resolve("mpqa3_json_c85f0ee.zip"), dir.resolve("mpqa_raw_docs.zip"),
                integer("mpqa.documents"));
        Mpqa.Result r = Mpqa.evaluate(docs, analysis);
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put("mpqa.sentences", (double) r.sentences());
        actual.put("mpqa.subjectivity.f1", r.subjectivity().f1());
        actual.put("mpqa.subjectivity.accuracy", r.subjectivity().accuracy());
        actual.put("mpqa.polarity.accuracy", r.polarity().accuracy());
        actual.put("mpqa.intensity.accuracy", r.intensity().accuracy());
        actual.put("mpqa.holder.accuracy", r.holder().accuracy());
        check(actual);
    }

    @Test
    void conll() {
        List<Conll2003.Doc> docs = Conll2003.read(dataset("conll2003/data/eng.testb"));
        Conll2003.Result r = Conll2003.evaluate(docs, analysis.analyser().linker(), integer("conll.year"),
                integer("conll.sentences"));
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put("conll.f1", r.spans().overall().f1());
        actual.put("conll.loc.f1", r.spans().perType().get("LOC").f1());
        actual.put("conll.per.f1", r.spans().perType().get("PER").f1());
        actual.put("conll.org.f1", r.spans().perType().get("ORG").f1());
        actual.put("conll.kb-recall", r.kbRecall());
        check(actual);
    }

    /** Compares every value with the file, and on any difference names them all in the file's format. */
    private static void check(Map<String, Double> actual) {
        List<String> wrong = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (Map.Entry<String, Double> e : actual.entrySet()) {
            String v = format(e.getValue());
            block.append('\n').append(e.getKey()).append('=').append(v);
            String expected = EXPECTED.getProperty(e.getKey());
            if (expected == null || Math.abs(Double.parseDouble(expected.strip()) - e.getValue()) > TOLERANCE) {
                wrong.add(e.getKey() + ": expected " + expected + ", got " + v);
            }
        }
        assertThat(wrong).as("scores that moved by more than %s; if the change is intended, update "
                + "index/src/test/resources/eval/expected-external.properties with:%s", TOLERANCE, block).isEmpty();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) > 1 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static int integer(String key) {
        String v = EXPECTED.getProperty(key);
        assertThat(v).as("%s in expected-external.properties", key).isNotNull();
        return Integer.parseInt(v.strip());
    }

    private static Path dataset(String relative) {
        Path p = TestDocuments.shared("datasets").orElse(Path.of("../../shared")).resolve("datasets").resolve(relative);
        assumeTrue(Files.exists(p), "shared data not found at " + p);
        return p;
    }
}
