package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.eval.AskCase;
import dev.standpoint.index.eval.QuestionSet;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code standpoint eval ask --questions FILE}: asks each question of a question set and checks the verdict and
 * the required citation. With {@code --standard}, first ingests (or reuses) the corpus {@code ANNOTATION.md}
 * prescribes: the seed corpus, the White House briefings and the UN General Debate subset from {@code ../shared}.
 */
@Command(name = "ask", description = {"Score answers against a question set (JSON lines with question, verdict,",
        "must_cite_any). An answer passes when its verdict matches and it cites a required passage."})
final class EvalAskCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "Question set.")
    Path questions;

    @Option(names = "--ingest", paramLabel = "PATH", description = "Ingest these files or folders first (unchanged "
            + "files are skipped).")
    List<Path> ingest = new ArrayList<>();

    @Option(names = "--standard", description = "Ingest the corpus of ANNOTATION.md from ../shared first.")
    boolean standard;

    @Mixin
    EmbeddingOptions embeddings = new EmbeddingOptions();

    @Option(names = "--json", description = "Print results as JSON.")
    boolean json;

    /** The outcome of one question. */
    record Outcome(String question, String expected, String verdict, boolean verdictOk, boolean citesOk) {
    }

    @Override
    public Integer call() {
        Workspace ws = home.workspace();
        List<Path> inputs = new ArrayList<>(ingest);
        if (standard) {
            Path shared = ProjectPaths.shared().orElseThrow(() -> new Errors.UserError("--standard needs ../shared", 2));
            inputs.add(shared.resolve("corpus"));
            inputs.add(shared.resolve("datasets/whitehouse-briefings-ir/docs"));
            inputs.add(shared.resolve("datasets/un-general-debates-subset/TXT"));
        }
        List<AskCase> cases = QuestionSet.read(questions);
        List<Outcome> outcomes = new ArrayList<>();
        try (Store store = inputs.isEmpty() ? ws.openForWriting() : ws.openForWriting(embeddings)) {
            if (!inputs.isEmpty()) {
                ProgressLine progress = ProgressLine.forConsole();
                IngestReport report = ws.ingestor(store, Runtime.getRuntime().availableProcessors(), null, embeddings)
                        .ingest(inputs, progress);
                progress.finish();
                IngestCommand.print(report, System.err);
            }
            AnswerBuilder answers = ws.answers(store);
            for (AskCase c : cases) {
                Answer a = answers.answer(c.question(), SearchFilter.NONE);
                outcomes.add(new Outcome(c.question(), c.verdict(), a.verdict().label().label(), c.verdictMatches(a),
                        c.citesRequired(a)));
            }
        }
        long passed = outcomes.stream().filter(o -> o.verdictOk() && o.citesOk()).count();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("questions", outcomes.size());
            out.put("passed", passed);
            out.put("outcomes", outcomes);
            System.out.println(Json.pretty(out));
        } else {
            for (Outcome o : outcomes) {
                System.out.printf(Locale.ROOT, "%s verdict %-8s (expected %-8s) cite %s  %s%n",
                        o.verdictOk() && o.citesOk() ? "✓" : "✗", o.verdict(), o.expected(), o.citesOk() ? "✓" : "✗",
                        o.question());
            }
            System.out.printf(Locale.ROOT, "%d of %d questions pass (%.0f%%)%n", passed, outcomes.size(),
                    100.0 * passed / Math.max(1, outcomes.size()));
        }
        return 0;
    }
}
