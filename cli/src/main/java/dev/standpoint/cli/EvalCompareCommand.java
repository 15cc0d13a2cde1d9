package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.answer.Citation;
import dev.standpoint.index.Store;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code standpoint eval compare --home A --other B}: how much two indexes of the same corpus (built with different
 * settings, e.g. {@code --embed CLAIMS} and {@code --embed ALL}, or {@code --no-embeddings}) change the answers to
 * the benchmark's generated questions: same verdicts, identical citation sets, mean Jaccard overlap of citations.
 */
@Command(name = "compare", description = {"Compare the answers of two indexes of the same corpus (e.g. built with",
        "--embed CLAIMS and --embed ALL) on generated questions: verdicts and cited sentences."})
final class EvalCompareCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--other", required = true, paramLabel = "DIR", description = "The other data directory.")
    Path other;

    @Option(names = "--questions", paramLabel = "N", defaultValue = "200", description = "Questions (default 200).")
    int questions;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for question generation.")
    long seed;

    @Override
    public Integer call() {
        Workspace a = home.workspace();
        Workspace b = new Workspace(new StandpointHome(other));
        try (Store x = a.openForReading(); Store y = b.openForReading()) {
            List<String> qs = BenchCommand.questions(x, a.knowledgeBase(), questions, seed);
            AnswerBuilder ax = a.answers(x);
            AnswerBuilder ay = b.answers(y);
            int sameVerdict = 0;
            int sameCitations = 0;
            double jaccard = 0;
            for (String q : qs) {
                Answer p = ax.answer(q, SearchFilter.NONE);
                Answer r = ay.answer(q, SearchFilter.NONE);
                sameVerdict += p.verdict().label() == r.verdict().label() ? 1 : 0;
                Set<String> cp = cited(p);
                Set<String> cr = cited(r);
                sameCitations += cp.equals(cr) ? 1 : 0;
                Set<String> both = new HashSet<>(cp);
                both.retainAll(cr);
                Set<String> either = new HashSet<>(cp);
                either.addAll(cr);
                jaccard += either.isEmpty() ? 1 : both.size() / (double) either.size();
            }
            System.out.printf(Locale.ROOT, "%d questions · same verdict %d (%.0f%%) · identical citations %d (%.0f%%) · "
                            + "mean citation overlap (Jaccard) %.3f%n  %s: encoder %s%n  %s: encoder %s%n", qs.size(),
                    sameVerdict, 100.0 * sameVerdict / qs.size(), sameCitations, 100.0 * sameCitations / qs.size(),
                    jaccard / qs.size(), a.home().root(), name(x), b.home().root(), name(y));
        }
        return 0;
    }

    private static String name(Store s) {
        return s.encoder().isEmpty() ? "none (BM25)" : s.encoder();
    }

    private static Set<String> cited(Answer a) {
        Set<String> out = new HashSet<>();
        for (Citation c : a.citations()) {
            out.add(c.documentId() + "#" + c.sentenceIndex());
        }
        return out;
    }
}
