package dev.standpoint.cli;

import dev.standpoint.index.embed.MiniLmEncoder;
import dev.standpoint.index.eval.BeirDataset;
import dev.standpoint.index.eval.RetrievalEvaluator;
import dev.standpoint.index.lucene.PassageIndex;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code standpoint eval retrieval --beir DIR}: nDCG@10 and recall@100 of BM25, dense and hybrid retrieval on a BEIR
 * collection (SciFact), with the fusions tuned on the training queries and reported on the test queries.
 */
@Command(name = "retrieval", description = {"Measure retrieval on a BEIR collection (e.g. ../shared/datasets/scifact-beir):",
        "nDCG@10 and Recall@100 on the test queries for BM25, dense (MiniLM) and hybrid retrieval; the fusions are",
        "tuned on the training queries. Document vectors are cached, so a rerun takes seconds."})
final class EvalRetrievalCommand implements Callable<Integer> {

    @Option(names = "--beir", required = true, paramLabel = "DIR", description = "The collection folder.")
    Path beir;

    @Option(names = "--test", defaultValue = "test", paramLabel = "SPLIT", description = "Split to report (default test).")
    String test;

    @Option(names = "--train", defaultValue = "train", paramLabel = "SPLIT",
            description = "Split to tune the fusions on (default train; 'none' uses the defaults).")
    String train;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where document vectors are cached (default: <tmpdir>/standpoint-beir-cache).")
    Path cache;

    @Option(names = "--k1", paramLabel = "K1", description = "BM25 k1 (default: the store's).")
    Float k1;

    @Option(names = "--b", paramLabel = "B", description = "BM25 b (default: the store's).")
    Float b;

    @Option(names = "--threads", paramLabel = "N", description = "Embedding threads (default: number of cores).")
    Integer threads;

    @Option(names = "--bm25-only", description = "Measure BM25 alone (no embedding; seconds).")
    boolean bm25Only;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(beir.resolve("corpus.jsonl"))) {
            throw new Errors.UserError(beir + " is not a BEIR collection (no corpus.jsonl)", 2);
        }
        BeirDataset data = BeirDataset.read(beir);
        float[] bm25 = PassageIndex.storeBm25();
        bm25 = new float[] {k1 == null ? bm25[0] : k1, b == null ? bm25[1] : b};
        Path cacheDir = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "standpoint-beir-cache");
        Path work = Files.createTempDirectory("standpoint-beir");
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long start = System.nanoTime();
        try (RetrievalEvaluator eval = new RetrievalEvaluator(data, bm25Only ? null : MiniLmEncoder.shared(), work,
                cacheDir, n, bm25)) {
            System.err.printf(Locale.ROOT, "indexed %,d documents in %.1f s%n", data.corpus().size(),
                    (System.nanoTime() - start) / 1e9);
            String bm25Label = String.format(Locale.ROOT, "BM25 (k1=%.2f, b=%.2f)", bm25[0], bm25[1]);
            if (bm25Only) {
                print(data, List.of(eval.evaluate(test, mode(Retrieval.Mode.BM25, Fusion.RRF), bm25Label)));
                return 0;
            }
            Fusion rrf = Fusion.RRF;
            Fusion linear = new Fusion.Linear(0.5, Fusion.Normalisation.MIN_MAX);
            Fusion linearMax = new Fusion.Linear(0.5, Fusion.Normalisation.MAX);
            Fusion linearFloor = new Fusion.Linear(0.5, Fusion.Normalisation.ABOVE_FLOOR);
            if (!train.equals("none")) {
                rrf = report(eval.tune(train, rrfGrid()), train);
                linear = report(eval.tune(train, linearGrid(Fusion.Normalisation.MIN_MAX)), train);
                linearMax = report(eval.tune(train, linearGrid(Fusion.Normalisation.MAX)), train);
                linearFloor = report(eval.tune(train, linearGrid(Fusion.Normalisation.ABOVE_FLOOR)), train);
            }
            List<RetrievalEvaluator.Scores> rows = new ArrayList<>();
            rows.add(eval.evaluate(test, mode(Retrieval.Mode.BM25, rrf), bm25Label));
            rows.add(eval.evaluate(test, mode(Retrieval.Mode.DENSE, rrf), "dense (MiniLM-L6 q8)"));
            rows.add(eval.evaluate(test, mode(Retrieval.Mode.HYBRID, Fusion.RRF), "hybrid " + Fusion.RRF.label()));
            if (!rrf.equals(Fusion.RRF)) {
                rows.add(eval.evaluate(test, mode(Retrieval.Mode.HYBRID, rrf), "hybrid " + rrf.label() + " (tuned)"));
            }
            for (Fusion f : List.of(linear, linearMax, linearFloor)) {
                rows.add(eval.evaluate(test, mode(Retrieval.Mode.HYBRID, f), "hybrid " + f.label()
                        + (train.equals("none") ? "" : " (tuned)")));
            }
            if (!List.of(linear, linearMax, linearFloor).contains(Fusion.LINEAR)) {
                rows.add(eval.evaluate(test, mode(Retrieval.Mode.HYBRID, Fusion.LINEAR), "hybrid " + Fusion.LINEAR.label()
                        + " (default)"));
            }
            print(data, rows);
        } finally {
            ReindexCommand.delete(work);
        }
        return 0;
    }

    private static Fusion report(RetrievalEvaluator.Tuning t, String split) {
        StringBuilder b = new StringBuilder("nDCG@10 on " + split + ":");
        t.ndcg10().forEach((f, s) -> b.append(String.format(Locale.ROOT, " %s %.4f", f.label(), s)));
        System.err.println(b);
        System.err.println("best on " + split + ": " + t.best().label());
        return t.best();
    }

    private static Retrieval mode(Retrieval.Mode m, Fusion f) {
        return new Retrieval(m, f, RetrievalEvaluator.DEPTH);
    }

    static List<Fusion> rrfGrid() {
        List<Fusion> out = new ArrayList<>();
        for (int k : new int[] {1, 2, 5, 10, 20, 30, 45, 60, 80, 100}) {
            out.add(new Fusion.Rrf(k));
        }
        return out;
    }

    static List<Fusion> linearGrid(Fusion.Normalisation normalisation) {
        List<Fusion> out = new ArrayList<>();
        for (int i = 1; i < 20; i++) {
            out.add(new Fusion.Linear(i / 20.0, normalisation));
        }
        return out;
    }

    private void print(BeirDataset data, List<RetrievalEvaluator.Scores> rows) {
        System.out.printf(Locale.ROOT, "%s: %,d documents, %d %s queries%n", beir.getFileName(), data.corpus().size(),
                rows.get(0).queries(), test);
        System.out.printf(Locale.ROOT, "%-40s %8s %8s%n", "retrieval", "nDCG@10", "R@100");
        for (RetrievalEvaluator.Scores s : rows) {
            System.out.printf(Locale.ROOT, "%-40s %8.4f %8.4f%n", s.configuration(), s.ndcg10(), s.recall100());
        }
    }
}
