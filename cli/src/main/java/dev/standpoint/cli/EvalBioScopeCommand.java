package dev.standpoint.cli;

import dev.standpoint.index.eval.external.BioScope;
import dev.standpoint.index.eval.external.SentenceCertainty;
import dev.standpoint.index.eval.external.Subset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code standpoint eval bioscope}: sentence-level hedge detection on BioScope. BioScope has no test split; nothing
 * is fitted on it, so the whole abstracts file is scored (see docs/evaluation.md).
 */
@Command(name = "bioscope", description = {"Sentence certainty on BioScope abstracts or full papers.",
        "A sentence is hedged when it holds a speculation cue. Precision, recall, F1 of the hedged class and",
        "accuracy, beside the majority and all-hedged baselines and the published anchor."})
final class EvalBioScopeCommand implements Callable<Integer> {

    @Mixin
    ExternalEvalOptions.Sample options;

    static final String ANCHOR = "CoNLL-2010 Task 1, biological: best F1 0.864 (uncertain class), on 15 full "
            + "papers not in this copy; the abstracts were training data there";

    @Option(names = "--data", paramLabel = "DIR", description = "The folder holding abstracts.xml and "
            + "full_papers.xml (default: ../shared/datasets/bioscope/data/bioscope).")
    Path data;

    @Option(names = "--part", defaultValue = "abstracts", description = "abstracts (default) or papers.")
    String part;


    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N misses and N false alarms.")
    int errors;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BioScope.Part p = switch (part.toLowerCase(Locale.ROOT)) {
            case "abstracts" -> BioScope.Part.ABSTRACTS;
            case "papers" -> BioScope.Part.PAPERS;
            default -> throw new IllegalArgumentException("--part is abstracts or papers; got '" + part + "'");
        };
        Path file = ExternalEval.file(p.file(ExternalEval.data(data, "bioscope/data/bioscope")));
        List<SentenceCertainty.Item> items = BioScope.read(file);
        items = Subset.of(items, options.every, options.limit);
        SentenceCertainty.Result r = SentenceCertainty.evaluate(items, ExternalEval.analysis());
        String name = p == BioScope.Part.ABSTRACTS ? "abstracts" : "papers";
        if (options.output.json) {
            ExternalEval.printJson(CertaintyReport.json("bioscope", name, r, ANCHOR));
        } else {
            CertaintyReport.print("BioScope " + name, r, ANCHOR, System.out);
            System.out.println("scored in " + ExternalEval.seconds(start));
        }
        if (errors > 0) {
            CertaintyReport.errors(r, errors, options.output.errorStream());
        }
        return 0;
    }
}
