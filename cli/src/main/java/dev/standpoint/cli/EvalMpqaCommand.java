package dev.standpoint.cli;

import dev.standpoint.index.eval.external.Mpqa;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint eval mpqa}: our assessments against MPQA 3.0's opinion annotations, sentence by sentence. */
@Command(name = "mpqa", description = {"Our assessments against MPQA 3.0 opinions, sentence by sentence.",
        "Subjectivity vs assessment, polarity and intensity where both sides have one, holder writer vs other,",
        "speculation vs our uncertain; each beside the majority baseline. The zip files are read in place."})
final class EvalMpqaCommand implements Callable<Integer> {

    @Mixin
    ExternalEvalOptions.Output options;

    static final String ANCHOR = "none directly comparable: MPQA work scores expression-level spans and "
            + "trained classifiers, not these sentence-level mappings";

    @Option(names = "--data", paramLabel = "DIR", description = "The folder holding mpqa3_json_c85f0ee.zip and "
            + "mpqa_raw_docs.zip (default: ../shared/datasets/mpqa3-json).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score the first N documents "
            + "(by name) only.")
    int limit;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N disagreements of each kind.")
    int errors;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path dir = ExternalEval.data(data, "mpqa3-json");
        List<Mpqa.Doc> docs = Mpqa.read(ExternalEval.file(dir.resolve("mpqa3_json_c85f0ee.zip")),
                ExternalEval.file(dir.resolve("mpqa_raw_docs.zip")), ExternalEval.positive(limit, "--limit"));
        Mpqa.Result r = Mpqa.evaluate(docs, ExternalEval.analysis());
        if (options.json) {
            ExternalEval.printJson(ExternalEval.json("dataset", "mpqa3", "documents", r.documents(),
                    "sentences", r.sentences(), "subjectivity", r.subjectivity(),
                    "subjectivityMajority", r.subjectivityMajority(), "goldPolar", r.goldPolar(),
                    "polarity", r.polarity(), "polarityMajority", r.polarityMajority(), "intensity", r.intensity(),
                    "intensityMajority", r.intensityMajority(), "holderBoth", r.holderBoth(), "holder", r.holder(),
                    "holderMajority", r.holderMajority(), "speculation", r.speculation(), "anchor", ANCHOR));
        } else {
            print(r, System.out);
            System.out.println("scored in " + ExternalEval.seconds(start));
        }
        if (errors > 0) {
            errors(r, errors, options.errorStream());
        }
        return 0;
    }

    private static void print(Mpqa.Result r, PrintStream out) {
        out.printf(Locale.ROOT, "MPQA 3.0: %d documents, %,d sentences, %,d subjective (%.1f %%), %,d with a gold "
                        + "polarity%n%n", r.documents(), r.sentences(), r.subjectivity().tp() + r.subjectivity().fn(),
                100.0 * (r.subjectivity().tp() + r.subjectivity().fn()) / Math.max(1, r.sentences()), r.goldPolar());
        ExternalEval.Table t = new ExternalEval.Table(out, "system", "majority", "sentences");
        t.row("subjective precision", r.subjectivity().precision(), r.subjectivityMajority().precision(), r.sentences());
        t.row("subjective recall", r.subjectivity().recall(), r.subjectivityMajority().recall(), r.sentences());
        t.row("subjective F1", r.subjectivity().f1(), r.subjectivityMajority().f1(), r.sentences());
        t.row("subjectivity accuracy", r.subjectivity().accuracy(), r.subjectivityMajority().accuracy(), r.sentences());
        t.row("polarity accuracy", r.polarity().accuracy(), r.polarityMajority().accuracy(), r.polarity().n());
        t.row("polarity macro-F1", r.polarity().macroF1(), r.polarityMajority().macroF1(), r.polarity().n());
        t.row("intensity accuracy", r.intensity().accuracy(), r.intensityMajority().accuracy(), r.intensity().n());
        t.row("holder accuracy (writer/other)", r.holder().accuracy(), r.holderMajority().accuracy(), r.holder().n());
        t.row("speculation precision", r.speculation().precision(), Double.NaN, r.sentences());
        t.row("speculation recall", r.speculation().recall(), Double.NaN, r.sentences());
        out.println();
        out.printf(Locale.ROOT, "polarity and intensity: sentences where gold and ours both have a polarity; holder: "
                + "both sides subjective, %d with gold holders of both kinds left out%n", r.holderBoth());
        out.println("polarity confusion (rows gold, columns ours): " + r.polarity().confusion());
        out.println("intensity confusion (rows gold, columns ours): " + r.intensity().confusion());
        out.println("holder confusion (rows gold, columns ours): " + r.holder().confusion());
        out.println("published anchor: " + ANCHOR);
    }

    private static void errors(Mpqa.Result r, int n, PrintStream out) {
        section(out, "Gold subjective, not an assessment for us", r.outcomes().stream()
                .filter(o -> o.gold().subjective() && !o.reading().assessment()).limit(n).toList());
        section(out, "An assessment for us, gold objective", r.outcomes().stream()
                .filter(o -> !o.gold().subjective() && o.reading().assessment()).limit(n).toList());
        section(out, "Polarity differs", r.outcomes().stream().filter(o -> o.gold().polarity() != null
                && o.reading().assessment() && !o.reading().polarity().label().equals(o.gold().polarity())
                && !o.reading().polarity().label().equals("neutral")).limit(n).toList());
        section(out, "Holder differs", r.outcomes().stream().filter(o -> o.gold().subjective()
                && o.reading().assessment() && !o.gold().holder().equals("both")
                && !o.gold().holder().equals(o.reading().holders().contains(
                        dev.standpoint.core.model.HolderKind.REPORTED) ? "other" : "writer")).limit(n).toList());
    }

    private static void section(PrintStream out, String title, List<Mpqa.Outcome> outcomes) {
        out.println();
        out.printf(Locale.ROOT, "%s (first %d)%n", title, outcomes.size());
        for (Mpqa.Outcome o : outcomes) {
            Mpqa.Gold g = o.gold();
            out.printf(Locale.ROOT, "- [%s] %s%n    gold: subjective %s, polarity %s, intensity %s, holder %s · ours: "
                            + "assessment %s, polarity %s, intensity %s, holders %s%n", o.doc(),
                    ExternalEval.clip(o.text(), 220), g.subjective(), g.polarity(), g.intensity(), g.holder(),
                    o.reading().assessment(), o.reading().polarity().label(), o.reading().intensity().label(),
                    o.reading().holders());
            List<String> cues = o.reading().cues().stream().filter(c -> !c.startsWith("condition")).toList();
            if (!cues.isEmpty()) {
                out.println("    cues: " + ExternalEval.clip(String.join(", ", cues), 300));
            }
        }
    }
}
