package dev.standpoint.cli;

import dev.standpoint.index.eval.AssessmentEvaluator;
import dev.standpoint.index.eval.AssessmentScores;
import dev.standpoint.index.eval.GoldFile;
import dev.standpoint.index.eval.GoldSentence;
import dev.standpoint.index.eval.Metrics;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code standpoint eval assessments --gold FILE --root DIR}: assessment scores against a gold file. */
@Command(name = "assessments", description = {"Score the analyser against a gold file in the format of ANNOTATION.md:",
        "alignment, assessment P/R/F1, polarity, intensity, certainty, holder, forecast and conditions, each beside",
        "the majority baseline, and the polarity confusion matrix."})
final class EvalAssessmentsCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON lines.")
    Path gold;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder the gold `doc` paths are relative to "
            + "(default: ../shared beside the project).")
    Path root;

    @Option(names = "--json", description = "Print scores as JSON.")
    boolean json;

    @Option(names = "--errors", description = "List each wrongly labelled sentence with gold, predicted and cues.")
    boolean errors;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write every analysed gold sentence in the gold format.")
    Path predictions;

    @Option(names = "--home", paramLabel = "DIR", description = "Data directory for the user's knowledge-base files.")
    Path home;

    @Override
    public Integer call() {
        Path base = root != null ? root : ProjectPaths.shared()
                .orElseThrow(() -> new Errors.UserError("give --root (../shared is not present)", 2));
        List<GoldSentence> sentences = GoldFile.read(gold);
        Workspace ws = new Workspace(home == null ? StandpointHome.fromEnvironment() : new StandpointHome(home));
        AssessmentEvaluator.Result r = new AssessmentEvaluator(ws.parser(null), ws.analyser()).evaluate(sentences, base);
        r.problems().forEach(p -> System.err.println("error: " + p));
        if (predictions != null) {
            writePredictions(r);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("documents", r.documents());
            out.put("sentences", r.sentences());
            out.put("system", r.system());
            out.put("baseline", r.baseline());
            System.out.println(Json.pretty(out));
        } else {
            print(r, System.out);
        }
        if (errors) {
            printErrors(r, System.out);
        }
        return r.problems().isEmpty() ? 0 : 1;
    }

    static void print(AssessmentEvaluator.Result r, PrintStream out) {
        AssessmentScores s = r.system();
        AssessmentScores b = r.baseline();
        out.printf(Locale.ROOT, "%d sentences in %d documents%n%n", r.sentences(), r.documents());
        out.printf(Locale.ROOT, "%-28s %8s %10s%n", "", "system", "baseline");
        row(out, "sentence alignment", s.alignment(), b.alignment());
        prf(out, "assessment", s.assessment(), b.assessment());
        row(out, "polarity accuracy", s.polarityAccuracy(), b.polarityAccuracy());
        row(out, "polarity macro-F1", s.polarityMacroF1(), b.polarityMacroF1());
        row(out, "  (neutral as a class)", s.polarityMacroF1All(), b.polarityMacroF1All());
        row(out, "intensity accuracy", s.intensityAccuracy(), b.intensityAccuracy());
        row(out, "certainty accuracy", s.certaintyAccuracy(), b.certaintyAccuracy());
        row(out, "holder accuracy", s.holderAccuracy(), b.holderAccuracy());
        prf(out, "forecast", s.forecast(), b.forecast());
        prf(out, "conditions", s.conditions(), b.conditions());
        out.println();
        out.println("polarity confusion (rows gold, columns predicted)");
        out.printf(Locale.ROOT, "%-10s%s%n", "", String.join("", s.polarityConfusion().keySet().stream()
                .map(k -> String.format(Locale.ROOT, "%10s", k)).toList()));
        s.polarityConfusion().forEach((g, row) -> out.printf(Locale.ROOT, "%-10s%s%n", g, String.join("",
                row.values().stream().map(v -> String.format(Locale.ROOT, "%10d", v)).toList())));
    }

    private static void row(PrintStream out, String name, double sys, double base) {
        out.printf(Locale.ROOT, "%-28s %8.3f %10.3f%n", name, sys, base);
    }

    private static void prf(PrintStream out, String name, Metrics.Prf s, Metrics.Prf b) {
        row(out, name + " precision", s.precision(), b.precision());
        row(out, name + " recall", s.recall(), b.recall());
        row(out, name + " F1", s.f1(), b.f1());
    }

    private static void printErrors(AssessmentEvaluator.Result r, PrintStream out) {
        out.println();
        out.println("Errors");
        for (AssessmentEvaluator.Item it : r.items()) {
            List<String> wrong = wrong(it);
            if (wrong.isEmpty()) {
                continue;
            }
            out.println("- " + it.gold().text());
            out.println("    " + it.gold().doc());
            wrong.forEach(w -> out.println("    " + w));
            if (!it.predicted().cues().isEmpty()) {
                out.println("    cues: " + String.join(", ", it.predicted().cues()));
            }
        }
    }

    private static List<String> wrong(AssessmentEvaluator.Item it) {
        GoldSentence g = it.gold();
        AssessmentEvaluator.Predicted p = it.predicted();
        List<String> w = new ArrayList<>();
        if (!p.aligned()) {
            w.add("not found as one sentence");
            return w;
        }
        if (g.assessment() != p.assessment()) {
            w.add("assessment: gold " + g.assessment() + ", predicted " + p.assessment());
        }
        if (g.assessment()) {
            if (!g.polarity().equals(p.polarity())) {
                w.add("polarity: gold " + g.polarity() + ", predicted " + p.polarity());
            }
            if (!g.intensity().equals(p.intensity())) {
                w.add("intensity: gold " + g.intensity() + ", predicted " + p.intensity());
            }
            if (!g.certainty().equals(p.certainty())) {
                w.add("certainty: gold " + g.certainty() + ", predicted " + p.certainty());
            }
            if (!g.holder().equalsIgnoreCase(p.holder().goldLabel()) && !p.holder().name().equalsIgnoreCase(g.holder())) {
                w.add("holder: gold " + g.holder() + ", predicted " + p.holder().goldLabel() + " (" + p.holder().name() + ")");
            }
        }
        if (g.forecast() != p.forecast()) {
            w.add("forecast: gold " + g.forecast() + ", predicted " + p.forecast());
        }
        if (AssessmentEvaluator.matchedConditions(g.conditions(), p.conditions()) != g.conditions().size()
                || p.conditions().size() != g.conditions().size()) {
            w.add("conditions: gold " + g.conditions() + ", predicted " + p.conditions());
        }
        return w;
    }

    private void writePredictions(AssessmentEvaluator.Result r) {
        StringBuilder b = new StringBuilder();
        for (AssessmentEvaluator.Item it : r.items()) {
            AssessmentEvaluator.Predicted p = it.predicted();
            GoldSentence out = new GoldSentence(it.gold().doc(), it.gold().text(), p.assessment(), p.holder().goldLabel(),
                    p.polarity(), p.intensity(), p.certainty(), p.forecast(), p.conditions(), List.of());
            b.append(Json.write(out)).append('\n');
        }
        try {
            Files.writeString(predictions, b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + predictions + ": " + e.getMessage(), e);
        }
    }
}
