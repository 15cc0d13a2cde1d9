package dev.standpoint.cli;

import dev.standpoint.index.eval.external.SentenceCertainty;
import dev.standpoint.index.eval.external.Subset;
import dev.standpoint.index.eval.external.WikiWeasel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint eval wikiweasel}: sentence uncertainty on WikiWeasel (CoNLL-2010 Wikipedia), test split. */
@Command(name = "wikiweasel", description = {"Sentence certainty on WikiWeasel (CoNLL-2010 Wikipedia).",
        "Precision, recall and F1 of the uncertain class and accuracy, beside the majority and all-uncertain",
        "baselines and the published anchor."})
final class EvalWikiWeaselCommand implements Callable<Integer> {

    @Mixin
    ExternalEvalOptions.Sample options;

    static final String ANCHOR = "CoNLL-2010 Task 1, Wikipedia: the best systems scored near 0.60 F1 (uncertain "
            + "class) on the official evaluation set, which this copy only approximates";

    @Option(names = "--data", paramLabel = "DIR", description = "The wikiweasel-sentences folder "
            + "(default: ../shared/datasets/wikiweasel-sentences).")
    Path data;

    @Option(names = "--split", defaultValue = "test", description = "test (default; report) or train (fit).")
    String split;


    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N misses and N false alarms.")
    int errors;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path file = ExternalEval.file(WikiWeasel.file(ExternalEval.data(data, "wikiweasel-sentences"), split));
        List<SentenceCertainty.Item> items = WikiWeasel.read(file);
        items = Subset.of(items, options.every, options.limit);
        SentenceCertainty.Result r = SentenceCertainty.evaluate(items, ExternalEval.analysis());
        if (options.output.json) {
            ExternalEval.printJson(CertaintyReport.json("wikiweasel", split, r, ANCHOR));
        } else {
            CertaintyReport.print("WikiWeasel (this copy), " + split + " split", r, ANCHOR, System.out);
            System.out.println("scored in " + ExternalEval.seconds(start));
        }
        if (errors > 0) {
            CertaintyReport.errors(r, errors, options.output.errorStream());
        }
        return 0;
    }
}
