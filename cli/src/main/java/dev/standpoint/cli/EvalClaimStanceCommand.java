package dev.standpoint.cli;

import dev.standpoint.index.eval.external.ClaimStance;
import dev.standpoint.index.eval.external.Subset;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint eval claim-stance}: claim stance toward a debate topic from the claim's polarity. */
@Command(name = "claim-stance", description = {"Stance of claims toward their debate topic (IBM Claim Stance).",
        "PRO/CON on the test topics as topic sentiment × our claim polarity. Accuracy and macro-F1 beside a",
        "majority baseline, with oracle rows that show what each sub-task costs."})
final class EvalClaimStanceCommand implements Callable<Integer> {

    @Mixin
    ExternalEvalOptions.Sample options;

    static final String ANCHOR = "none given in the data's docs (SOURCE.md names the paper, Bar-Haim et al. 2017, "
            + "but no figure)";

    @Option(names = "--data", paramLabel = "FILE", description = "The repaired CSV "
            + "(default: ../shared/datasets/ibm-claim-stance/claim_stance_dataset_v1.csv).")
    Path data;

    @Option(names = "--split", defaultValue = "test", description = "test (default; report) or train.")
    String split;


    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N wrongly decided claims.")
    int errors;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path file = ExternalEval.file(ExternalEval.data(data, "ibm-claim-stance/claim_stance_dataset_v1.csv"));
        if (!split.equals("test") && !split.equals("train")) {
            throw new IllegalArgumentException("--split is test or train; got '" + split + "'");
        }
        List<ClaimStance.Item> all = ClaimStance.read(file);
        List<ClaimStance.Item> items = ClaimStance.split(all, split);
        items = Subset.of(items, options.every, options.limit);
        ClaimStance.Result r = ClaimStance.evaluate(items, ClaimStance.split(all, "train"), ExternalEval.analysis());
        if (options.output.json) {
            ExternalEval.printJson(ExternalEval.json("dataset", "ibm-claim-stance", "split", split,
                    "claims", r.claims(), "fallback", r.fallback(), "system", r.system(), "coverage", r.coverage(),
                    "decided", r.decided(), "majority", r.majority(), "topicOnly", r.topicOnly(),
                    "claimSentiment", r.claimSentiment(), "oracleSentiment", r.oracleSentiment(),
                    "oracleRelation", r.oracleRelation(), "anchor", ANCHOR));
        } else {
            print(r, System.out);
            System.out.println("scored in " + ExternalEval.seconds(start));
        }
        if (errors > 0) {
            errors(r, errors, options.output.errorStream());
        }
        return 0;
    }

    private void print(ClaimStance.Result r, PrintStream out) {
        out.printf(Locale.ROOT, "IBM Debater Claim Stance, %s topics: %,d claims; decided %.1f %% (the rest get %s, "
                + "the train majority)%n%n", split, r.claims(), 100 * r.coverage(), r.fallback());
        new ExternalEval.Table(out, "accuracy", "macro-F1", "claims")
                .row("system (all claims)", r.system().accuracy(), r.system().macroF1(), r.system().n())
                .row("system (decided claims)", r.decided().accuracy(), r.decided().macroF1(), r.decided().n())
                .row("majority (" + r.fallback() + ")", r.majority().accuracy(), r.majority().macroF1(), r.majority().n())
                .row("topic sentiment alone", r.topicOnly().accuracy(), r.topicOnly().macroF1(), r.topicOnly().n())
                .row("oracle: gold claim sentiment", r.oracleSentiment().accuracy(), r.oracleSentiment().macroF1(),
                        r.oracleSentiment().n())
                .row("oracle: gold targets relation", r.oracleRelation().accuracy(), r.oracleRelation().macroF1(),
                        r.oracleRelation().n())
                .row("claim polarity vs gold", r.claimSentiment().accuracy(), r.claimSentiment().macroF1(),
                        r.claimSentiment().n());
        out.println();
        out.println("stance = topic sentiment × our claim polarity (targets assumed consistent); neutral or mixed "
                + "claims get the fallback");
        out.println("published anchor: " + ANCHOR);
    }

    private static void errors(ClaimStance.Result r, int n, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Decided claims with the wrong stance (first %d)%n", n);
        r.outcomes().stream().filter(o -> o.decided() && o.predictedPro() != o.item().pro()).limit(n).forEach(o -> {
            ClaimStance.Item i = o.item();
            out.printf(Locale.ROOT, "- [%s] %s%n    topic: %s (target sentiment %+d) · gold %s, claim sentiment %s, "
                            + "relation %s · ours %s%n", i.claimId(), ExternalEval.clip(i.claim(), 200),
                    ExternalEval.clip(i.topic(), 120), i.topicSentiment(), i.pro() ? "PRO" : "CON",
                    sign(i.claimSentiment()), sign(i.targetsRelation()), o.polarity().label());
            List<String> cues = o.cues().stream().filter(c -> !c.startsWith("condition")).toList();
            if (!cues.isEmpty()) {
                out.println("    cues: " + String.join(", ", cues));
            }
        });
    }

    private static String sign(int s) {
        return s == 0 ? "none" : s > 0 ? "+1" : "-1";
    }
}
