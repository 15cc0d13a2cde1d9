package dev.standpoint.cli;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.index.eval.external.Conll2003;
import dev.standpoint.index.eval.external.Scores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint eval conll}: the entity linker as a PER/LOC/ORG recogniser on CoNLL-2003. */
@Command(name = "conll", description = {"PER, LOC and ORG recognition on CoNLL-2003 with the entity linker.",
        "Strict span F1 per type and overall on test B, and recall on the gold entities our knowledge base",
        "knows (membership decided by linking the entity's text alone)."})
final class EvalConllCommand implements Callable<Integer> {

    @Mixin
    ExternalEvalOptions.Output options;

    static final String ANCHOR = "CoNLL-2003 shared task, English test: best system 0.888 F1 over all four types "
            + "(Florian et al. 2003), a general-purpose trained tagger";

    @Option(names = "--data", paramLabel = "DIR", description = "The folder holding eng.train, eng.testa, eng.testb "
            + "(default: ../shared/datasets/conll2003/data).")
    Path data;

    @Option(names = "--split", defaultValue = "testb", description = "testb (default; report), testa or train.")
    String split;

    @Option(names = "--year", defaultValue = "1996", description = "The year the linker assumes (default 1996, "
            + "when the test documents were written).")
    int year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score the first N sentences only.")
    int limit;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N misses of the knowledge-"
            + "base subset and N false positives.")
    int errors;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path file = ExternalEval.file(Conll2003.file(ExternalEval.data(data, "conll2003/data"), split));
        List<Conll2003.Doc> docs = Conll2003.read(file);
        EntityLinker linker = new EntityLinker(KnowledgeBaseLoader.shipped());
        Conll2003.Result r = Conll2003.evaluate(docs, linker, year, ExternalEval.positive(limit, "--limit"));
        if (options.json) {
            ExternalEval.printJson(ExternalEval.json("dataset", "conll2003", "split", split, "year", year,
                    "documents", r.documents(), "sentences", r.sentences(), "gold", r.gold(), "overall",
                    r.spans().overall(), "perType", r.spans().perType(), "inKb", r.inKb(), "kbRecall", r.kbRecall(),
                    "kbOutcomes", r.kbOutcomes(), "anchor", ANCHOR));
        } else {
            print(r, System.out);
            System.out.println("scored in " + ExternalEval.seconds(start));
        }
        if (errors > 0) {
            errors(r, errors, options.errorStream());
        }
        return 0;
    }

    private void print(Conll2003.Result r, PrintStream out) {
        out.printf(Locale.ROOT, "CoNLL-2003 %s: %d documents, %,d sentences, %,d gold LOC/PER/ORG entities "
                + "(linker year %d)%n%n", split, r.documents(), r.sentences(), r.gold(), year);
        ExternalEval.Table t = new ExternalEval.Table(out, "precision", "recall", "F1", "gold");
        for (Map.Entry<String, Scores.Binary> e : r.spans().perType().entrySet()) {
            Scores.Binary b = e.getValue();
            t.row(e.getKey(), b.precision(), b.recall(), b.f1(), b.tp() + b.fn());
        }
        Scores.Binary o = r.spans().overall();
        t.row("overall (micro)", o.precision(), o.recall(), o.f1(), o.tp() + o.fn());
        out.println();
        out.printf(Locale.ROOT, "in our knowledge base (text alone links whole): %,d of %,d gold entities (%.1f %%)%n",
                r.inKb(), r.gold(), 100.0 * r.inKb() / Math.max(1, r.gold()));
        out.printf(Locale.ROOT, "recall on them: %.3f  %s%n", r.kbRecall(), r.kbOutcomes());
        out.println("types: STATE, PLACE → LOC; PERSON → PER; ORG → ORG; groups and demonyms not predicted");
        out.println("published anchor: " + ANCHOR);
    }

    private static void errors(Conll2003.Result r, int n, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Knowledge-base entities not found (first %d)%n", n);
        r.kbCases().stream().filter(c -> !c.outcome().equals("found")).limit(n).forEach(c -> out.printf(Locale.ROOT,
                "- %s \"%s\" (gold %s, ours alone %s) in: %s%n", c.outcome(), c.text(), c.goldType(), c.kbType(),
                ExternalEval.clip(c.sentence(), 160)));
        out.println();
        out.printf(Locale.ROOT, "False positives (first %d)%n", n);
        r.falsePositives().stream().limit(n).forEach(c -> out.printf(Locale.ROOT, "- \"%s\" ours %s, gold %s in: %s%n",
                c.text(), c.kbType(), c.goldType(), ExternalEval.clip(c.sentence(), 160)));
    }
}
