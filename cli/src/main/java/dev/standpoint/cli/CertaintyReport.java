package dev.standpoint.cli;

import dev.standpoint.index.eval.external.SentenceCertainty;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the result of a sentence-certainty benchmark (WikiWeasel, BioScope) as a table or JSON. */
final class CertaintyReport {

    private CertaintyReport() {
    }

    static void print(String title, SentenceCertainty.Result r, String anchor, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %,d sentences, %,d uncertain (%.1f %%)%n%n", title, r.sentences(), r.uncertain(),
                100.0 * r.uncertain() / Math.max(1, r.sentences()));
        new ExternalEval.Table(out, "system", "majority", "all uncertain")
                .prf("uncertain", true, r.system(), r.majority(), r.allUncertain());
        out.println();
        out.println("uncertain = the extractor's certainty is probable or possible, or a hedge cue fired");
        out.println("published anchor: " + anchor);
    }

    static Map<String, Object> json(String dataset, String part, SentenceCertainty.Result r, String anchor) {
        return ExternalEval.json("dataset", dataset, "split", part, "sentences", r.sentences(),
                "uncertain", r.uncertain(), "system", r.system(), "majority", r.majority(),
                "allUncertain", r.allUncertain(), "anchor", anchor);
    }

    /** Up to {@code n} missed uncertain sentences and {@code n} false alarms, with gold and our cues. */
    static void errors(SentenceCertainty.Result r, int n, PrintStream out) {
        List<SentenceCertainty.Outcome> missed = r.outcomes().stream()
                .filter(o -> o.item().uncertain() && !o.predicted()).limit(n).toList();
        List<SentenceCertainty.Outcome> alarms = r.outcomes().stream()
                .filter(o -> !o.item().uncertain() && o.predicted()).limit(n).toList();
        out.println();
        out.printf(Locale.ROOT, "Missed uncertain sentences (first %d)%n", missed.size());
        missed.forEach(o -> line(o, out));
        out.println();
        out.printf(Locale.ROOT, "Certain sentences called uncertain (first %d)%n", alarms.size());
        alarms.forEach(o -> line(o, out));
    }

    private static void line(SentenceCertainty.Outcome o, PrintStream out) {
        out.println("- [" + o.item().id() + "] " + ExternalEval.clip(o.item().text(), 240));
        if (!o.item().cues().isEmpty()) {
            out.println("    gold cues: " + String.join(", ", o.item().cues()));
        }
        List<String> ours = o.cues().stream().filter(c -> c.startsWith("certainty")).toList();
        if (!ours.isEmpty()) {
            out.println("    our cues: " + String.join(", ", ours));
        }
    }
}
